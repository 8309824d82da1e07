#include "if_impl.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAXIF 256

/*
 * The interfaces listed in /proc/net/dev ("  name: counters..."), each
 * with its index, in one allocation: the array, ended by a zero entry,
 * then the names.  (netlink would need no /proc, but is out of scope.)
 */
struct if_nameindex *if_nameindex(void)
{
	char names[MAXIF][IF_NAMESIZE], line[512], *name, *colon, *s;
	unsigned idx[MAXIF];
	struct if_nameindex *ni;
	size_t n = 0;
	FILE *f = fopen("/proc/net/dev", "re");

	if (!f)
		return 0;
	while (n < MAXIF && fgets(line, sizeof line, f)) {
		if (!(colon = strchr(line, ':')))
			continue;
		*colon = 0;
		name = line + strspn(line, " ");
		if (strlen(name) >= IF_NAMESIZE || !(idx[n] = __if_nametoindex(name)))
			continue;
		strcpy(names[n++], name);
	}
	fclose(f);
	ni = malloc((n + 1) * sizeof *ni + n * IF_NAMESIZE);
	if (!ni)
		return 0;
	s = (char *)(ni + n + 1);
	for (size_t i = 0; i < n; i++, s += IF_NAMESIZE)
		ni[i] = (struct if_nameindex){ idx[i], strcpy(s, names[i]) };
	ni[n] = (struct if_nameindex){ 0, 0 };
	return ni;
}
