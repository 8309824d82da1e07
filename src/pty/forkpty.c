#define _GNU_SOURCE 1
#include <pty.h>
#include <utmp.h>
#include "syscall.h"
#include "unistd_impl.h"

/*
 * The child runs on the slave as its controlling terminal; a child whose
 * login_tty fails exits with status 1, since it can no longer tell anyone.
 */
pid_t forkpty(int *master, char *name, const struct termios *t, const struct winsize *ws)
{
	int m, s;
	pid_t pid;

	if (__openpty(&m, &s, name, t, ws))
		return -1;
	pid = __fork();
	if (pid == 0) {
		__syscall(SYS_close, m);
		if (__login_tty(s))
			__syscall(SYS_exit_group, 1);
		return 0;
	}
	__syscall(SYS_close, s);
	if (pid < 0)
		__syscall(SYS_close, m);
	else
		*master = m;
	return pid;
}
