#include <string.h>
#include "lookup.h"

#define MAXRR 128
#define MAXCNAME 16

struct rr {
	unsigned short name, type, rdata, rdlen;
};

static unsigned u16(const unsigned char *p)
{
	return p[0] << 8 | p[1];
}

/* The question of r must be q's: the same name (any case), type and class IN. */
static int same_question(const unsigned char *r, size_t len, const unsigned char *q, size_t qlen,
			 size_t *after)
{
	char a[DNS_NAMEMAX], b[DNS_NAMEMAX];
	int ra = __dns_name(r, len, 12, a), qa = __dns_name(q, qlen, 12, b);

	if (ra < 0 || qa < 0 || (size_t)ra + 4 > len || !NAME_EQ(a, b) ||
	    memcmp(r + ra, q + qa, 4))
		return 0;
	*after = ra + 4;
	return 1;
}

/* The answer records, each checked to lie whole inside the packet; -1 if one does not. */
static int records(const unsigned char *r, size_t len, size_t pos, unsigned count, struct rr *rr)
{
	char name[DNS_NAMEMAX];
	int n = 0;

	for (unsigned i = 0; i < count; i++) {
		int end = __dns_name(r, len, pos, name);
		size_t rdlen;

		if (end < 0 || (size_t)end + 10 > len)
			return -1;
		rdlen = u16(r + end + 8);
		if ((size_t)end + 10 + rdlen > len)
			return -1;
		if (n < MAXRR && u16(r + end + 2) == 1)
			rr[n++] = (struct rr){ pos, u16(r + end), end + 10, rdlen };
		pos = end + 10 + rdlen;
	}
	return n;
}

/* The CNAME target of a record owned by name, into name; 1, 0 if none, -1 if malformed. */
static int follow(const unsigned char *r, size_t len, const struct rr *rr, int n, char *name)
{
	char owner[DNS_NAMEMAX];

	for (int i = 0; i < n; i++) {
		if (rr[i].type != RR_CNAME)
			continue;
		__dns_name(r, len, rr[i].name, owner);
		if (!NAME_EQ(owner, name))
			continue;
		int end = __dns_name(r, len, rr[i].rdata, name);
		return end < 0 || end > rr[i].rdata + rr[i].rdlen ? -1 : 1;
	}
	return 0;
}

/* The addresses of the question's type owned by name, added to out. */
static int collect(struct lookup *out, const unsigned char *r, size_t len, const struct rr *rr,
		   int n, const char *name, int type)
{
	char owner[DNS_NAMEMAX];
	int size = type == RR_A ? 4 : 16, found = 0;

	for (int i = 0; i < n && out->n < MAXADDRS; i++) {
		if (rr[i].type != type || rr[i].rdlen != size)
			continue;
		__dns_name(r, len, rr[i].name, owner);
		if (!NAME_EQ(owner, name))
			continue;
		out->a[out->n] = (struct address){ .family = type == RR_A ? AF_INET : AF_INET6 };
		memcpy(out->a[out->n++].addr, r + rr[i].rdata, size);
		found++;
	}
	return found;
}

/* What a PTR may name: letters, digits, '-', '_' and dots, as musl and glibc's res_hnok take. */
static int host_name(const char *s)
{
	for (; *s; s++)
		if (!((*s | 32) >= 'a' && (*s | 32) <= 'z') && !(*s >= '0' && *s <= '9') &&
		    *s != '-' && *s != '_' && *s != '.')
			return 0;
	return 1;
}

/*
 * The first PTR record owned by name that names a host, into out->canon: 1,
 * 0 if none, -1 if a PTR's target runs past its record.
 */
static int pointer(struct lookup *out, const unsigned char *r, size_t len, const struct rr *rr,
		   int n, const char *name)
{
	char owner[DNS_NAMEMAX], target[DNS_NAMEMAX];

	for (int i = 0; i < n; i++) {
		if (rr[i].type != RR_PTR)
			continue;
		__dns_name(r, len, rr[i].name, owner);
		if (!NAME_EQ(owner, name))
			continue;
		int end = __dns_name(r, len, rr[i].rdata, target);
		if (end < 0 || end > rr[i].rdata + rr[i].rdlen)
			return -1;
		if (target[0] && host_name(target)) {
			memcpy(out->canon, target, sizeof target);
			return 1;
		}
	}
	return 0;
}

/*
 * The reply must carry q's id, be a response to a standard query, and
 * repeat q's question; anything else is DNS_BAD (a stray or forged packet,
 * which the caller drops).  Nothing is added to out unless the whole
 * answer section parses; a PTR's host name goes to out->canon.
 */
int __dns_answer(struct lookup *out, const unsigned char *r, size_t len,
		 const unsigned char *q, size_t qlen)
{
	struct rr rr[MAXRR];
	char name[DNS_NAMEMAX];
	size_t pos;
	int n, hops, type = u16(q + qlen - 4);

	if (len < 12 || r[0] != q[0] || r[1] != q[1] || !(r[2] & 0x80) || (r[2] & 0x78))
		return DNS_BAD;
	if (r[2] & 0x02)
		return DNS_TRUNCATED;
	if (u16(r + 4) != 1 || !same_question(r, len, q, qlen, &pos))
		return DNS_BAD;
	switch (r[3] & 15) {
	case 0:
		break;
	case 3:
		return DNS_NXDOMAIN;
	default:
		return DNS_SERVFAIL;
	}
	n = records(r, len, pos, u16(r + 6), rr);
	if (n < 0)
		return DNS_BAD;
	__dns_name(q, qlen, 12, name);
	for (hops = 0; hops <= MAXCNAME; hops++) {
		int f = follow(r, len, rr, n, name);
		if (f < 0)
			return DNS_BAD;
		if (!f)
			break;
	}
	if (hops > MAXCNAME)
		return DNS_BAD;
	if (type == RR_PTR) {
		int f = pointer(out, r, len, rr, n, name);
		return f < 0 ? DNS_BAD : f ? DNS_OK : DNS_NODATA;
	}
	if (!collect(out, r, len, rr, n, name, type))
		return DNS_NODATA;
	if (!out->canon[0])
		memcpy(out->canon, name, sizeof name);
	return DNS_OK;
}
