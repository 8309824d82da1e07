#include <stdio.h>
#include <string.h>
#include "inet_impl.h"
#include "lookup.h"

/* The address at the start of a hosts line, or 0 if it is none. */
static int host_address(struct address *a, const char *s)
{
	*a = (struct address){ .family = AF_INET };
	if (__inet_pton4(s, a->addr) > 0)
		return 1;
	a->family = AF_INET6;
	return __inet_pton6(s, a->addr) > 0;
}

/*
 * Every line of the hosts file (TRAPDOOR_HOSTS names another) that gives
 * name, in file order, for family; the canonical name is the first name of
 * the first such line.  Lines longer than the buffer are skipped whole.
 */
int __lookup_hosts(struct lookup *out, const char *name, int family)
{
	char line[512];
	FILE *f = fopen(__lookup_path("TRAPDOOR_HOSTS", "/etc/hosts"), "re");
	int skip = 0;

	while (f && out->n < MAXADDRS && fgets(line, sizeof line, f)) {
		size_t n = strlen(line);
		int whole = (n && line[n - 1] == '\n') || feof(f);
		char *rest = line, *w, *first;
		struct address a;

		if (skip || !whole) {
			skip = !whole;
			continue;
		}
		line[strcspn(line, "#\n\r")] = 0;
		if (!(w = __next_word(&rest)) || !host_address(&a, w) ||
		    (family != AF_UNSPEC && family != a.family) || !(first = __next_word(&rest)))
			continue;
		for (w = first; w && !NAME_EQ(w, name); w = __next_word(&rest))
			;
		if (!w)
			continue;
		if (!out->n && strlen(first) < sizeof out->canon)
			strcpy(out->canon, first);
		out->a[out->n++] = a;
	}
	if (f)
		fclose(f);
	return out->n;
}
