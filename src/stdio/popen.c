#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <string.h>
#include <unistd.h>
#include "stdio_impl.h"
#include "unistd_impl.h"
#include "libc.h"
#include "fcntl_impl.h"
#include "spawn.h"
#include "process.h"

/*
 * The pipe is made close-on-exec, so the child keeps only the end that
 * posix_spawn moves onto its stdin or stdout; streams of earlier popen
 * calls are closed in the child, as POSIX asks.
 */
FILE *popen(const char *command, const char *mode)
{
	posix_spawn_file_actions_t fa;
	int p[2], reading, mine, theirs, e;
	char *argv[] = { "sh", "-c", (char *)command, 0 };
	const char *m = mode + 1;
	pid_t pid;
	FILE *f;

	while (*m == 'e')
		m++;
	if ((*mode != 'r' && *mode != 'w') || *m) {
		errno = EINVAL;
		return 0;
	}
	reading = *mode == 'r';
	if (__pipe2(p, O_CLOEXEC))
		return 0;
	mine = p[!reading];
	theirs = p[reading];
	e = __posix_spawn_file_actions_init(&fa);
	if (!e) {
		/* dup2 onto itself would keep close-on-exec: go through another number. */
		if (theirs == reading) {
			int t = __fcntl(theirs, F_DUPFD_CLOEXEC, 3);

			__close(theirs);
			theirs = t;
		}
		e = theirs < 0 ? errno : __posix_spawn_file_actions_adddup2(&fa, theirs, reading);
		/* An earlier stream on fd 0 or 1 (closed std streams) is replaced, not closed. */
		for (FILE *o = __ofl_head; o && !e; o = o->next)
			if (o->pid && o->fd != reading)
				e = __posix_spawn_file_actions_addclose(&fa, o->fd);
		if (!e)
			e = __posix_spawn(&pid, SHELL_PATH, &fa, 0, argv, __environ);
		__posix_spawn_file_actions_destroy(&fa);
	}
	if (theirs >= 0)
		__close(theirs);
	if (e) {
		__close(mine);
		errno = e;
		return 0;
	}
	f = __fdopen_flags(mine, reading ? F_NOWR : F_NORD);
	if (!f) {
		__close(mine);
		return 0;
	}
	if (!strchr(mode, 'e'))
		__fcntl(mine, F_SETFD, 0);
	f->pid = pid;
	return f;
}
