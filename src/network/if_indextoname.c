#include "if_impl.h"
#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>
#include "syscall.h"

/* name must hold IF_NAMESIZE bytes; NULL and ENXIO for no such index. */
char *if_indextoname(unsigned int index, char *name)
{
	struct ifreq r;
	long fd, e;

	fd = __syscall(SYS_socket, AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	if (fd < 0)
		return __syscall_ret(fd), (char *)0;
	memset(&r, 0, sizeof r);
	r.ifr_ifindex = index;
	e = __syscall(SYS_ioctl, fd, SIOCGIFNAME, &r);
	__syscall(SYS_close, fd);
	if (e)
		return __syscall_ret(e == -ENODEV ? -ENXIO : e), (char *)0;
	r.ifr_name[IFNAMSIZ - 1] = 0;
	return strcpy(name, r.ifr_name);
}
