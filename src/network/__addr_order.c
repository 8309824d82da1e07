#include <string.h>
#include "lookup.h"

/*
 * RFC 6724's default policy table (section 2.1): the longest matching
 * prefix gives an address its precedence and label.
 */
static const struct policy {
	unsigned char prefix[16], len, prec, label;
} policy[] = {
	{ { [15] = 1 }, 128, 50, 0 },
	{ { [10] = 0xff, [11] = 0xff }, 96, 35, 4 },
	{ { 0 }, 96, 1, 3 },
	{ { 0x20, 0x01 }, 32, 5, 5 },
	{ { 0x20, 0x02 }, 16, 30, 2 },
	{ { 0x3f, 0xfe }, 16, 1, 12 },
	{ { 0xfe, 0xc0 }, 10, 1, 11 },
	{ { 0xfc }, 7, 3, 13 },
	{ { 0 }, 0, 40, 1 },
};

static int prefix_len(const unsigned char *a, const unsigned char *b)
{
	int n = 0;

	while (n < 128 && !((a[n / 8] ^ b[n / 8]) & (0x80 >> n % 8)))
		n++;
	return n;
}

/* The policy table's entry for a, the table being ordered longest prefix first. */
static const struct policy *policy_of(const unsigned char *a)
{
	const struct policy *p = policy;

	while (prefix_len(a, p->prefix) < p->len)
		p++;
	return p;
}

/* RFC 6724 section 3.1: multicast scope, else link-local, site-local or global. */
static int scope_of(const unsigned char *a)
{
	static const unsigned char loopback[16] = { [15] = 1 };

	if (a[0] == 0xff)
		return a[1] & 15;
	if (!memcmp(a, policy[1].prefix, 12))
		return a[12] == 127 || (a[12] == 169 && a[13] == 254) ? 2 : 14;
	if (!memcmp(a, loopback, 16) || (a[0] == 0xfe && (a[1] & 0xc0) == 0x80))
		return 2;
	if (a[0] == 0xfe && (a[1] & 0xc0) == 0xc0)
		return 5;
	return 14;
}

/*
 * A key that orders destinations as RFC 6724 section 6's rules that a stub
 * can apply: 1 (a source exists), 2 (matching scope), 5 (matching label),
 * 6 (higher precedence), 8 (smaller scope), 9 (longest prefix shared with
 * the source, IPv6 only as in musl: applied to IPv4 it defeats DNS
 * round-robin); rule 10 is the stable sort.
 */
static unsigned key(const struct address *d, const struct address *s)
{
	unsigned char da[16], sa[16];
	const struct policy *dp;
	unsigned k;
	int ds;

	__as6(da, d);
	dp = policy_of(da);
	ds = scope_of(da);
	k = (unsigned)dp->prec << 12 | (unsigned)(15 - ds) << 8;
	if (!s->family)
		return k;
	__as6(sa, s);
	k |= 1u << 26;
	k |= (unsigned)(scope_of(sa) == ds) << 25;
	k |= (unsigned)(policy_of(sa)->label == dp->label) << 24;
	if (d->family == AF_INET6 && dp->prec != 35)
		k |= prefix_len(da, sa);
	return k;
}

void __addr_order(struct address *d, const struct address *s, int n)
{
	unsigned k[MAXADDRS];

	for (int i = 0; i < n; i++)
		k[i] = key(&d[i], &s[i]);
	for (int i = 1; i < n; i++) {
		struct address t = d[i];
		unsigned tk = k[i];
		int j = i;

		for (; j > 0 && k[j - 1] < tk; j--) {
			d[j] = d[j - 1];
			k[j] = k[j - 1];
		}
		d[j] = t;
		k[j] = tk;
	}
}
