#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "process.h"

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
		return access(SHELL_PATH, X_OK) == 0;

	/* POSIX: the caller ignores SIGINT and SIGQUIT and blocks SIGCHLD while it waits. */
	sigaction(SIGINT, &ign, &oldint);
	sigaction(SIGQUIT, &ign, &oldquit);
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, &oldmask);

	/* The shell gets back what the caller had: its mask, and defaults unless ignored. */
	sigemptyset(&dfl);
	if (oldint.sa_handler != SIG_IGN)
		sigaddset(&dfl, SIGINT);
	if (oldquit.sa_handler != SIG_IGN)
		sigaddset(&dfl, SIGQUIT);
	posix_spawnattr_init(&attr);
	posix_spawnattr_setsigmask(&attr, &oldmask);
	posix_spawnattr_setsigdefault(&attr, &dfl);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
	err = posix_spawn(&pid, SHELL_PATH, 0, &attr, argv, environ);
	posix_spawnattr_destroy(&attr);

	if (!err) {
		while (waitpid(pid, &status, 0) < 0)
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

	sigaction(SIGINT, &oldint, 0);
	sigaction(SIGQUIT, &oldquit, 0);
	sigprocmask(SIG_SETMASK, &oldmask, 0);
	return status;
}
