#include <string.h>
#include "inet_impl.h"
#include "lookup.h"
#include "utoa.h"

/* s into buf of size, or EAI_OVERFLOW. */
static int put(char *buf, socklen_t size, const char *s)
{
	size_t n = strlen(s) + 1;

	if (n > size)
		return EAI_OVERFLOW;
	memcpy(buf, s, n);
	return 0;
}

static int host_text(char *host, socklen_t size, const struct address *a, int flags)
{
	char buf[NI_MAXHOST], num[12];
	size_t n;
	int r = flags & NI_NUMERICHOST ? EAI_NONAME : __lookup_addr(buf, sizeof buf, a);

	if (!r) {
		if (flags & NI_NOFQDN)
			buf[strcspn(buf, ".")] = 0;
		return put(host, size, buf);
	}
	if (flags & NI_NAMEREQD)
		return r == EAI_AGAIN ? r : EAI_NONAME;
	__inet_ntop(a->family, a->addr, buf, sizeof buf);
	if (a->scope) {
		n = strlen(buf);
		buf[n++] = '%';
		num[sizeof num - 1] = 0;
		strcpy(buf + n, __utoa_before(num + sizeof num - 1, a->scope));
	}
	return put(host, size, buf);
}

/*
 * Host names come from the hosts file, else a DNS PTR query: an address
 * neither names is written numerically, or is EAI_NONAME with NI_NAMEREQD
 * (EAI_AGAIN when no server answered).  Services come from the services
 * file for NI_DGRAM's protocol, else as numbers.
 */
int getnameinfo(const struct sockaddr *restrict sa, socklen_t salen, char *restrict host,
		socklen_t hostlen, char *restrict serv, socklen_t servlen, int flags)
{
	struct address a = { .family = sa->sa_family };
	char buf[NI_MAXSERV], num[8];
	int port, r;

	if (a.family == AF_INET && salen >= sizeof(struct sockaddr_in)) {
		const struct sockaddr_in *in = (const void *)sa;
		memcpy(a.addr, &in->sin_addr, 4);
		port = ntohs(in->sin_port);
	} else if (a.family == AF_INET6 && salen >= sizeof(struct sockaddr_in6)) {
		const struct sockaddr_in6 *in6 = (const void *)sa;
		memcpy(a.addr, &in6->sin6_addr, 16);
		a.scope = in6->sin6_scope_id;
		port = ntohs(in6->sin6_port);
	} else {
		return EAI_FAMILY;
	}
	if (host && hostlen && (r = host_text(host, hostlen, &a, flags)))
		return r;
	if (!serv || !servlen)
		return 0;
	if ((flags & NI_NUMERICSERV) ||
	    __serv_name(buf, sizeof buf, port, flags & NI_DGRAM ? IPPROTO_UDP : IPPROTO_TCP)) {
		num[sizeof num - 1] = 0;
		return put(serv, servlen, __utoa_before(num + sizeof num - 1, port));
	}
	return put(serv, servlen, buf);
}
