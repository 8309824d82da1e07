#include "if_impl.h"
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include "lookup.h"
#include "syscall.h"

/* 0 if the kernel has no sockets of family (EAFNOSUPPORT), else 1: it cannot rule it out. */
static int family_exists(int family)
{
	long fd = __syscall(SYS_socket, family, SOCK_DGRAM | SOCK_CLOEXEC, 0);

	if (fd >= 0)
		__syscall(SYS_close, fd);
	return fd != -EAFNOSUPPORT;
}

/* An IPv4 address other than 127.0.0.1 on an interface (SIOCGIFCONF), or 1 if unknown. */
static int has_v4(void)
{
	struct ifreq req[64];
	struct ifconf c = { .ifc_len = sizeof req, .ifc_req = req };
	long fd = __syscall(SYS_socket, AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
	int r;

	if (fd < 0)
		return fd != -EAFNOSUPPORT;
	r = __syscall(SYS_ioctl, fd, SIOCGIFCONF, &c) != 0;
	for (size_t i = 0; !r && i < (size_t)c.ifc_len / sizeof *req; i++) {
		const struct sockaddr_in *in = (const void *)&req[i].ifr_addr;
		r = in->sin_family == AF_INET && in->sin_addr.s_addr != htonl(INADDR_LOOPBACK);
	}
	__syscall(SYS_close, fd);
	return r;
}

/* An IPv6 address other than ::1 in /proc/net/if_inet6; without /proc, whether IPv6 exists. */
static int has_v6(void)
{
	char line[128];
	FILE *f = fopen("/proc/net/if_inet6", "re");
	int r = 0;

	if (!f)
		return family_exists(AF_INET6);
	while (!r && fgets(line, sizeof line, f))
		r = strlen(line) > 32 && memcmp(line, "00000000000000000000000000000001", 32);
	fclose(f);
	return r;
}

/*
 * As glibc decides it (its netlink query, here without netlink): a family
 * counts when an interface has an address of it other than 127.0.0.1 or ::1.
 */
int __addrconfig(void)
{
	return (has_v4() ? ADDR_V4 : 0) | (has_v6() ? ADDR_V6 : 0);
}
