#include "if_impl.h"
#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>
#include "syscall.h"

/* 0 (with errno: ENODEV for no such interface) when there is none. */
unsigned int __if_nametoindex(const char *name)
{
	struct ifreq r;
	long fd, e;

	if (strlen(name) >= IFNAMSIZ)
		return __syscall_ret(-ENODEV), 0;
	fd = __syscall(SYS_socket, AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return __syscall_ret(fd), 0;
	memset(&r, 0, sizeof r);
	strcpy(r.ifr_name, name);
	e = __syscall(SYS_ioctl, fd, SIOCGIFINDEX, &r);
	__syscall(SYS_close, fd);
	return e ? (__syscall_ret(e), 0) : (unsigned)r.ifr_ifindex;
}

weak_alias(__if_nametoindex, if_nametoindex);
