/*
 * Name and service lookup behind getaddrinfo, getnameinfo and
 * gethostbyname: numeric forms, the hosts file, and the DNS stub resolver.
 * Everything read from a file or the network is untrusted: every length
 * and pointer is checked against the buffer it came in.
 */
#ifndef TRAPDOOR_LOOKUP_H
#define TRAPDOOR_LOOKUP_H

#include <netdb.h>
#include <stddef.h>
#include "libc.h"
#include "string_impl.h"

#define MAXADDRS 48
#define MAXNS 3
#define DNS_NAMEMAX 254 /* a dotted name without the final dot, and its NUL */
#define RR_A 1
#define RR_CNAME 5
#define RR_PTR 12
#define RR_AAAA 28

/* DNS names and host names compare without regard to ASCII case. */
#define NAME_EQ(a, b) (!__strncasecmp(a, b, (size_t)-1))

/*
 * The next blank-separated word of *s, NUL-terminated in place, or NULL;
 * strtok's hidden state belongs to the program.
 */
static inline char *__next_word(char **s)
{
	char *w = *s, *e;

	while (*w == ' ' || *w == '\t')
		w++;
	if (!*w)
		return 0;
	for (e = w; *e && *e != ' ' && *e != '\t'; e++)
		;
	*s = *e ? e + 1 : e;
	*e = 0;
	return w;
}

struct address {
	int family;
	unsigned scope;
	unsigned port; /* a nameserver's, 0 for 53 */
	unsigned char addr[16];
};

/* a's 16 bytes as IPv6, an IPv4 address as ::ffff:a.b.c.d. */
static inline void __as6(unsigned char *out, const struct address *a)
{
	if (a->family == AF_INET6) {
		memcpy(out, a->addr, 16);
		return;
	}
	memset(out, 0, 10);
	out[10] = out[11] = 0xff;
	memcpy(out + 12, a->addr, 4);
}

/* Addresses found for a name, and the name they belong to (after CNAMEs). */
struct lookup {
	int n;
	struct address a[MAXADDRS];
	char canon[DNS_NAMEMAX];
};

struct resolv_conf {
	struct address ns[MAXNS];
	int nns;
	int ndots, timeout, attempts;
	char search[256];
};

/*
 * A path from the environment variable env when it is set and the program is
 * not running set-id (AT_SECURE), else def: lets a test point the library
 * at its own files.
 */
hidden const char *__lookup_path(const char *env, const char *def);

/* name's addresses of family (AF_UNSPEC: both): the count, or an EAI_ error. */
hidden int __lookup_name(struct lookup *out, const char *name, int family, int flags);
hidden int __lookup_hosts(struct lookup *out, const char *name, int family);
hidden int __lookup_dns(struct lookup *out, const char *name, int family);
/* The DNS PTR name of a (IPv4-mapped asked under in-addr.arpa): 1, or an EAI_ error. */
hidden int __lookup_ptr(struct lookup *out, const struct address *a);
/* A service name or number for proto (0: any): the port, or an EAI_ error. */
hidden int __lookup_serv(const char *name, int proto, int flags);
/* The name of port for proto from the services file, into buf; 0 or -1. */
hidden int __serv_name(char *buf, size_t size, int port, int proto);
/* The first name the hosts file gives addr, into buf; 0 or -1. */
hidden int __hosts_name(char *buf, size_t size, const struct address *addr);
/*
 * The name of a from the hosts file, else its DNS PTR, into buf: 0, or
 * EAI_NONAME, EAI_AGAIN (no server answered), EAI_OVERFLOW.
 */
hidden int __lookup_addr(char *buf, size_t size, const struct address *a);

/*
 * RFC 6724 destination ordering: __addr_order sorts d[0..n) given each one's
 * source address s[i] (family 0: unreachable), stably; __addr_sort asks the
 * kernel for the sources of l's addresses and sorts them.
 */
hidden void __addr_order(struct address *d, const struct address *s, int n);
hidden void __addr_sort(struct lookup *l);
/* AI_ADDRCONFIG's answer: ADDR_V4 and ADDR_V6 for the families with a non-loopback address. */
#define ADDR_V4 1
#define ADDR_V6 2
hidden int __addrconfig(void);
hidden void __resolv_conf(struct resolv_conf *conf);
hidden void __freeaddrinfo(struct addrinfo *ai);
extern hidden int __h_errno;

/*
 * The DNS wire format.  __dns_query builds a query for name and type;
 * __dns_answer checks a reply against it (id, question, lengths) and
 * collects the addresses of type (or a PTR's name) for the name after
 * following CNAMEs.
 */
enum { DNS_OK, DNS_NXDOMAIN, DNS_NODATA, DNS_TRUNCATED, DNS_SERVFAIL, DNS_BAD };
hidden int __dns_query(unsigned char *q, size_t size, const char *name, int type, unsigned id);
hidden int __dns_answer(struct lookup *out, const unsigned char *r, size_t len,
			const unsigned char *q, size_t qlen);
/* The expanded name at off in the packet, dotted; the offset past it, or -1. */
hidden int __dns_name(const unsigned char *p, size_t len, size_t off, char *out);

#endif
