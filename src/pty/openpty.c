#define _GNU_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <pty.h>
#include <string.h>
#include "syscall.h"
#include "pty_impl.h"
#include "termios_impl.h"
#include "unistd_impl.h"

/* The slave's descriptor, or -errno; the slave is opened by path (TIOCGPTPEER needs Linux 4.13). */
static long open_slave(int m, char *path, size_t size, const struct termios *t,
		       const struct winsize *ws)
{
	int lock = 0;
	long s, r;

	r = __syscall(SYS_ioctl, m, TIOCSPTLCK, &lock);
	if (r)
		return r;
	if (__ptsname_r(m, path, size))
		return -errno;
	s = __syscall(SYS_openat, AT_FDCWD, path, O_RDWR | O_NOCTTY);
	if (s < 0)
		return s;
	r = t && __tcsetattr(s, TCSANOW, t) ? -errno : 0;
	if (!r && ws)
		r = __syscall(SYS_ioctl, s, TIOCSWINSZ, ws);
	if (r) {
		__syscall(SYS_close, s);
		return r;
	}
	return s;
}

/*
 * name, when given, receives the slave's path and must hold at least 20
 * bytes (/dev/pts/ and an unsigned), as glibc's and BSD's openpty assume.
 */
int __openpty(int *master, int *slave, char *name, const struct termios *t,
	      const struct winsize *ws)
{
	char path[sizeof "/dev/pts/" + 3 * sizeof(unsigned)];
	long m, s;

	m = __syscall(SYS_openat, AT_FDCWD, "/dev/ptmx", O_RDWR | O_NOCTTY);
	if (m < 0)
		return __syscall_ret(m);
	s = open_slave(m, path, sizeof path, t, ws);
	if (s < 0) {
		__syscall(SYS_close, m);
		return __syscall_ret(s);
	}
	if (name)
		strcpy(name, path);
	*master = m;
	*slave = s;
	return 0;
}

weak_alias(__openpty, openpty);
