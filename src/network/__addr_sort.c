#include <string.h>
#include "lookup.h"
#include "syscall.h"

/*
 * The source address the kernel would pick for a: a UDP socket connected to
 * it (which sends nothing) and its getsockname; family 0 when there is no
 * route (RFC 6724 rule 1).
 */
static void source_of(struct address *s, const struct address *a)
{
	union {
		struct sockaddr_in in;
		struct sockaddr_in6 in6;
	} sa = { 0 };
	socklen_t len = a->family == AF_INET ? sizeof sa.in : sizeof sa.in6;
	long fd = __syscall(SYS_socket, a->family, SOCK_DGRAM | SOCK_CLOEXEC, IPPROTO_UDP);

	*s = (struct address){ 0 };
	if (fd < 0)
		return;
	if (a->family == AF_INET) {
		sa.in.sin_family = AF_INET;
		sa.in.sin_port = htons(65535);
		memcpy(&sa.in.sin_addr, a->addr, 4);
	} else {
		sa.in6.sin6_family = AF_INET6;
		sa.in6.sin6_port = htons(65535);
		sa.in6.sin6_scope_id = a->scope;
		memcpy(&sa.in6.sin6_addr, a->addr, 16);
	}
	if (!__syscall(SYS_connect, fd, &sa, len) && !__syscall(SYS_getsockname, fd, &sa, &len)) {
		s->family = a->family;
		memcpy(s->addr, a->family == AF_INET ? (void *)&sa.in.sin_addr : (void *)&sa.in6.sin6_addr,
		       a->family == AF_INET ? 4 : 16);
	}
	__syscall(SYS_close, fd);
}

/* Orders l's addresses by RFC 6724 (__addr_order) with the kernel's source for each. */
void __addr_sort(struct lookup *l)
{
	struct address src[MAXADDRS];

	for (int i = 0; i < l->n; i++)
		source_of(&src[i], &l->a[i]);
	__addr_order(l->a, src, l->n);
}
