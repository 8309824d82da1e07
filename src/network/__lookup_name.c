#include <stdlib.h>
#include <string.h>
#include "inet_impl.h"
#include "lookup.h"

/* An IPv6 literal with an optional numeric %scope; 1 if name is one. */
static int numeric6(struct address *a, const char *name)
{
	char buf[INET6_ADDRSTRLEN];
	const char *pct = strchr(name, '%');
	size_t n = pct ? (size_t)(pct - name) : strlen(name);
	unsigned long scope = 0;
	char *end;

	if (n >= sizeof buf)
		return 0;
	memcpy(buf, name, n);
	buf[n] = 0;
	if (__inet_pton6(buf, a->addr) <= 0)
		return 0;
	if (pct) {
		scope = strtoul(pct + 1, &end, 10);
		if (!pct[1] || *end || scope > 0xffffffff)
			return 0;
	}
	a->family = AF_INET6;
	a->scope = scope;
	return 1;
}

/*
 * The dotted IPv4 forms: inet_pton's strict one (the common case, and the
 * quick one), then inet_aton's older ones without anything after them.
 */
static int numeric4(struct address *a, const char *name)
{
	struct in_addr in;
	const char *p;

	*a = (struct address){ .family = AF_INET };
	if (__inet_pton4(name, a->addr) > 0)
		return 1;
	for (p = name; (unsigned char)*p > ' '; p++)
		;
	if (*p || !__inet_aton(name, &in))
		return 0;
	memcpy(a->addr, &in, 4);
	return 1;
}

/*
 * Numeric forms first (inet_aton's too, as glibc's getaddrinfo takes them),
 * then the hosts file, then DNS.  The canonical name of a numeric host is
 * left empty: getaddrinfo gives the host string itself.
 */
int __lookup_name(struct lookup *out, const char *name, int family, int flags)
{
	struct address *a = &out->a[0];

	out->n = 0;
	out->canon[0] = 0;
	if (numeric4(a, name)) {
		if (family == AF_INET6)
			return EAI_ADDRFAMILY;
	} else if (numeric6(a, name)) {
		if (family == AF_INET)
			return EAI_ADDRFAMILY;
	} else if (flags & AI_NUMERICHOST) {
		return EAI_NONAME;
	} else if (__lookup_hosts(out, name, family) > 0) {
		return out->n;
	} else {
		return __lookup_dns(out, name, family);
	}
	return out->n = 1;
}
