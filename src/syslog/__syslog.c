#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include "syscall.h"
#include "syslog_impl.h"

struct __syslog __syslog = { 0, 0, LOG_USER, 0xff, -1, "/dev/log" };

int __syslog_connect(void)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	long fd;

	if (__syslog.fd >= 0)
		return 0;
	strncpy(sa.sun_path, __syslog.path, sizeof sa.sun_path - 1);
	fd = __syscall(SYS_socket, AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return -1;
	if (__syscall(SYS_connect, fd, &sa, sizeof sa)) {
		__syscall(SYS_close, fd);
		return -1;
	}
	__syslog.fd = (int)fd;
	return 0;
}

void __syslog_disconnect(void)
{
	if (__syslog.fd >= 0)
		__syscall(SYS_close, __syslog.fd);
	__syslog.fd = -1;
}

/* For trapdoor's own tests: the daemon's socket at path instead (NULL: /dev/log). */
void __trapdoor_test_syslog(const char *path)
{
	__syslog_disconnect();
	__syslog.path = path ? path : "/dev/log";
}
