#include <stdlib.h>
#include <string.h>
#include "lookup.h"

#define KNOWN_FLAGS (AI_PASSIVE | AI_CANONNAME | AI_NUMERICHOST | AI_V4MAPPED | AI_ALL | \
		     AI_ADDRCONFIG | AI_NUMERICSERV)

/*
 * The kinds of socket glibc's getaddrinfo knows, in its order: hints with a
 * socket type or a protocol pick the first that fits; hints with neither
 * take the default ones.  Raw (protocol 0 here) fits any protocol.
 */
static const struct {
	int socktype, protocol, by_default;
} kinds[] = {
	{ SOCK_STREAM, IPPROTO_TCP, 1 },     { SOCK_DGRAM, IPPROTO_UDP, 1 },
	{ SOCK_DCCP, IPPROTO_DCCP, 0 },      { SOCK_DGRAM, IPPROTO_UDPLITE, 0 },
	{ SOCK_STREAM, IPPROTO_SCTP, 0 },    { SOCK_SEQPACKET, IPPROTO_SCTP, 0 },
	{ SOCK_RAW, 0, 1 },
};
#define NKINDS ((int)(sizeof kinds / sizeof kinds[0]))

/* One result, its address and canonical name in the same allocation. */
static struct addrinfo *node(const struct address *a, int kind, int protocol, int port,
			     const char *canon)
{
	size_t clen = canon ? strlen(canon) + 1 : 0;
	struct addrinfo *ai = calloc(1, sizeof *ai + sizeof(struct sockaddr_in6) + clen);
	union {
		struct sockaddr_in in;
		struct sockaddr_in6 in6;
	} *sa;

	if (!ai)
		return 0;
	sa = (void *)(ai + 1);
	ai->ai_family = a->family;
	ai->ai_socktype = kinds[kind].socktype;
	ai->ai_protocol = kinds[kind].protocol ? kinds[kind].protocol : protocol;
	ai->ai_addr = (struct sockaddr *)sa;
	if (a->family == AF_INET) {
		sa->in.sin_family = AF_INET;
		sa->in.sin_port = htons(port);
		memcpy(&sa->in.sin_addr, a->addr, 4);
		ai->ai_addrlen = sizeof sa->in;
	} else {
		sa->in6.sin6_family = AF_INET6;
		sa->in6.sin6_port = htons(port);
		sa->in6.sin6_scope_id = a->scope;
		memcpy(&sa->in6.sin6_addr, a->addr, 16);
		ai->ai_addrlen = sizeof sa->in6;
	}
	if (canon)
		ai->ai_canonname = memcpy((char *)(sa + 1), canon, clen);
	return ai;
}

/* The wildcard or loopback addresses a null node stands for. */
static int no_node(struct lookup *l, int family, int flags)
{
	l->n = 0;
	l->canon[0] = 0;
	if (family != AF_INET6) {
		l->a[l->n] = (struct address){ .family = AF_INET };
		if (!(flags & AI_PASSIVE))
			memcpy(l->a[l->n].addr, (unsigned char[]){ 127, 0, 0, 1 }, 4);
		l->n++;
	}
	if (family != AF_INET) {
		l->a[l->n] = (struct address){ .family = AF_INET6 };
		l->a[l->n].addr[15] = !(flags & AI_PASSIVE);
		l->n++;
	}
	return l->n;
}

/* The kind the hints name (NKINDS: none fits), or -1 when they name none: the default ones. */
static int hinted_kind(const struct addrinfo *h)
{
	int k = 0;

	if (!h->ai_socktype && !h->ai_protocol)
		return -1;
	while (k < NKINDS && !((!h->ai_socktype || h->ai_socktype == kinds[k].socktype) &&
			       (!h->ai_protocol || !kinds[k].protocol || h->ai_protocol == kinds[k].protocol)))
		k++;
	return k;
}

/*
 * glibc's reading of a numeric service (strtoul's, taken modulo 65536), or
 * -1; plain digits, the common case, without strtoul's generality.
 */
static long numeric_port(const char *s)
{
	unsigned long v = 0;
	const char *p = s;
	char *end;

	while (*p >= '0' && *p <= '9' && p - s < 9)
		v = v * 10 + (unsigned)(*p++ - '0');
	if (p != s && !*p)
		return v & 0xffff;
	v = strtoul(s, &end, 10);
	return *end ? -1 : (long)(v & 0xffff);
}

/*
 * Each kind's port (-1: not in the results), or an EAI_ error, checked in
 * glibc's order (after the flags, the family and AI_ADDRCONFIG): a name
 * with AI_NUMERICSERV; hints no kind fits (EAI_SOCKTYPE, or EAI_SERVICE
 * for a protocol alone); a service for the raw kind the hints chose; then
 * a name the services file has for none of the kinds.  A number serves
 * every kind asked for, the default raw one too, as in glibc; an empty
 * service is none.
 */
static int ports(int *port, const char *serv, const struct addrinfo *h)
{
	long num = serv && *serv ? numeric_port(serv) : 0;
	int kind = hinted_kind(h), any = 0;

	if (num < 0 && (h->ai_flags & AI_NUMERICSERV))
		return EAI_NONAME;
	if (kind == NKINDS)
		return h->ai_socktype ? EAI_SOCKTYPE : EAI_SERVICE;
	if (kind >= 0 && serv && *serv && !kinds[kind].protocol)
		return EAI_SERVICE;
	for (int k = 0; k < NKINDS; k++) {
		port[k] = -1;
		if (kind >= 0 ? k != kind : !kinds[k].by_default)
			continue;
		if (num >= 0)
			port[k] = num;
		else if (kinds[k].protocol)
			port[k] = __lookup_serv(serv, kinds[k].protocol, 0);
		any |= port[k] >= 0;
	}
	return any ? 0 : EAI_SERVICE;
}

static int check_hints(const struct addrinfo *h, const char *host)
{
	if ((h->ai_flags & ~KNOWN_FLAGS) || ((h->ai_flags & AI_CANONNAME) && !host))
		return EAI_BADFLAGS;
	if (h->ai_family != AF_UNSPEC && h->ai_family != AF_INET && h->ai_family != AF_INET6)
		return EAI_FAMILY;
	return 0;
}

/*
 * AI_ADDRCONFIG as glibc applies it: AF_UNSPEC narrows to the one family
 * configured (both or neither: unchanged); a family asked for and not
 * configured is EAI_NONAME.
 */
static int addrconfig(int *family)
{
	int have = __addrconfig();

	if (*family == AF_UNSPEC) {
		if (have == ADDR_V4 || have == ADDR_V6)
			*family = have == ADDR_V4 ? AF_INET : AF_INET6;
		return 0;
	}
	return have & (*family == AF_INET ? ADDR_V4 : ADDR_V6) ? 0 : EAI_NONAME;
}

/*
 * AF_INET6 with AI_V4MAPPED: IPv4 addresses become ::ffff:a.b.c.d when no
 * IPv6 address was found, or with AI_ALL; otherwise they are dropped.
 */
static int v4mapped(struct lookup *l, int all)
{
	int v6 = 0, n = 0;

	for (int i = 0; i < l->n; i++)
		v6 += l->a[i].family == AF_INET6;
	for (int i = 0; i < l->n; i++) {
		struct address a = l->a[i];

		if (a.family == AF_INET) {
			if (v6 && !all)
				continue;
			a = (struct address){ .family = AF_INET6, .addr = { [10] = 0xff, [11] = 0xff } };
			memcpy(a.addr + 12, l->a[i].addr, 4);
		}
		l->a[n++] = a;
	}
	return l->n = n;
}

/* The addresses of host of family for the hints: a count, or an EAI_ error. */
static int lookup(struct lookup *l, const char *host, int family, const struct addrinfo *h)
{
	int mapped = family == AF_INET6 && (h->ai_flags & AI_V4MAPPED), r;

	if (!host)
		return no_node(l, family, h->ai_flags);
	r = __lookup_name(l, host, mapped ? AF_UNSPEC : family, h->ai_flags);
	if (r > 0 && mapped)
		r = v4mapped(l, h->ai_flags & AI_ALL);
	if (r > 1)
		__addr_sort(l);
	return r ? r : EAI_NONAME;
}

/*
 * Every address, in RFC 6724 order, crossed with the kinds of socket the
 * hints and the service give; each result is its own allocation, freed by
 * freeaddrinfo.
 */
int getaddrinfo(const char *restrict host, const char *restrict serv,
		const struct addrinfo *restrict hints, struct addrinfo **restrict res)
{
	static const struct addrinfo none;
	const struct addrinfo *h = hints ? hints : &none;
	struct addrinfo *head = 0, **tail = &head;
	struct lookup l;
	int port[NKINDS], n, family = h->ai_family;

	if (!host && !serv)
		return EAI_NONAME;
	if ((n = check_hints(h, host)))
		return n;
	if ((h->ai_flags & AI_ADDRCONFIG) && (n = addrconfig(&family)))
		return n;
	if ((n = ports(port, serv, h)))
		return n;
	n = lookup(&l, host, family, h);
	for (int i = 0; i < n; i++) {
		for (int k = 0; k < NKINDS; k++) {
			if (port[k] < 0)
				continue;
			*tail = node(&l.a[i], k, h->ai_protocol, port[k],
				     head || !(h->ai_flags & AI_CANONNAME) ? 0 : l.canon[0] ? l.canon : host);
			if (!*tail) {
				n = EAI_MEMORY;
				break;
			}
			tail = &(*tail)->ai_next;
		}
	}
	if (n < 0 || !head) {
		__freeaddrinfo(head);
		return n < 0 ? n : EAI_SERVICE;
	}
	*res = head;
	return 0;
}
