#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "process.h"
#include "unistd_impl.h"
#include "libc.h"
#include "spawn.h"
#include "signal_impl.h"

/* The status of a shell that could not run: as if it called exit(127). */
#define SHELL_FAILED (127 << 8)

int system(const char *command)
{
	struct sigaction ign = { .sa_handler = SIG_IGN }, oldint, oldquit;
	char *argv[] = { "sh", "-c", "--", (char *)command, 0 };
	sigset_t chld, oldmask, dfl;
	posix_spawnattr_t attr;
	pid_t pid;
	int status = -1, err;

	if (!command)
		return __access(SHELL_PATH, X_OK) == 0;

	/* POSIX: the caller ignores SIGINT and SIGQUIT and blocks SIGCHLD while it waits. */
	__sigaction(SIGINT, &ign, &oldint);
	__sigaction(SIGQUIT, &ign, &oldquit);
	__sigemptyset(&chld);
	__sigaddset(&chld, SIGCHLD);
	__sigprocmask(SIG_BLOCK, &chld, &oldmask);

	/* The shell gets back what the caller had: its mask, and defaults unless ignored. */
	__sigemptyset(&dfl);
	if (oldint.sa_handler != SIG_IGN)
		__sigaddset(&dfl, SIGINT);
	if (oldquit.sa_handler != SIG_IGN)
		__sigaddset(&dfl, SIGQUIT);
	__posix_spawnattr_init(&attr);
	__posix_spawnattr_setsigmask(&attr, &oldmask);
	__posix_spawnattr_setsigdefault(&attr, &dfl);
	__posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
	err = __posix_spawn(&pid, SHELL_PATH, 0, &attr, argv, __environ);
	__posix_spawnattr_destroy(&attr);

	if (!err) {
		while (__waitpid(pid, &status, 0) < 0)
			if (errno != EINTR) {
				status = -1;
				break;
			}
	} else if (err == EAGAIN || err == ENOMEM) {
		/* No child could be made: POSIX's -1 with errno. */
		errno = err;
	} else {
		status = SHELL_FAILED;
	}

	__sigaction(SIGINT, &oldint, 0);
	__sigaction(SIGQUIT, &oldquit, 0);
	__sigprocmask(SIG_SETMASK, &oldmask, 0);
	return status;
}
