#include <stdlib.h>
#include <string.h>
#include "lookup.h"

#define KNOWN_FLAGS (AI_PASSIVE | AI_CANONNAME | AI_NUMERICHOST | AI_V4MAPPED | AI_ALL | \
		     AI_ADDRCONFIG | AI_NUMERICSERV)

static const struct {
	int socktype, protocol;
} kinds[] = { { SOCK_STREAM, IPPROTO_TCP }, { SOCK_DGRAM, IPPROTO_UDP }, { SOCK_RAW, 0 } };

/* One result, its address and canonical name in the same allocation. */
static struct addrinfo *node(const struct address *a, int kind, int port, const char *canon)
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
	ai->ai_protocol = kinds[kind].protocol;
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

/* The service's port for the kinds hints allow, or an EAI_ error. */
static int service(const char *serv, const struct addrinfo *h)
{
	int proto = h->ai_protocol ? h->ai_protocol
		  : h->ai_socktype == SOCK_STREAM ? IPPROTO_TCP
		  : h->ai_socktype == SOCK_DGRAM ? IPPROTO_UDP : 0;

	if (!serv)
		return 0;
	if (h->ai_socktype == SOCK_RAW)
		return EAI_SERVICE;
	return __lookup_serv(serv, proto, h->ai_flags);
}

static int check_hints(const struct addrinfo *h)
{
	if (h->ai_flags & ~KNOWN_FLAGS)
		return EAI_BADFLAGS;
	if (h->ai_family != AF_UNSPEC && h->ai_family != AF_INET && h->ai_family != AF_INET6)
		return EAI_FAMILY;
	if (h->ai_socktype && h->ai_socktype != SOCK_STREAM && h->ai_socktype != SOCK_DGRAM &&
	    h->ai_socktype != SOCK_RAW)
		return EAI_SOCKTYPE;
	return 0;
}

/*
 * Every address crossed with every socket type the hints allow (stream/TCP,
 * datagram/UDP, and raw when no service is named), addresses in the order
 * found; each result is its own allocation, freed by freeaddrinfo.
 */
int getaddrinfo(const char *restrict host, const char *restrict serv,
		const struct addrinfo *restrict hints, struct addrinfo **restrict res)
{
	static const struct addrinfo none;
	const struct addrinfo *h = hints ? hints : &none;
	struct addrinfo *head = 0, **tail = &head;
	struct lookup l;
	int port, n, err = check_hints(h);

	if (err)
		return err;
	if (!host && !serv)
		return EAI_NONAME;
	if ((port = service(serv, h)) < 0)
		return port;
	n = host ? __lookup_name(&l, host, h->ai_family, h->ai_flags) : no_node(&l, h->ai_family, h->ai_flags);
	for (int i = 0; i < n; i++) {
		for (int k = 0; k < 3; k++) {
			if ((h->ai_socktype && h->ai_socktype != kinds[k].socktype) ||
			    (h->ai_protocol && h->ai_protocol != kinds[k].protocol) ||
			    (serv && kinds[k].socktype == SOCK_RAW))
				continue;
			*tail = node(&l.a[i], k, port,
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
