#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "etc_impl.h"

static int listed(const gid_t *g, size_t n, gid_t gid)
{
	while (n--)
		if (g[n] == gid)
			return 1;
	return 0;
}

static int is_member(char **mem, const char *user)
{
	for (; *mem; mem++)
		if (!strcmp(*mem, user))
			return 1;
	return 0;
}

/*
 * group first, then every other group of /etc/group that names user, each
 * once; -1 with *ngroups the count needed when they do not fit.
 */
int __getgrouplist(const char *user, gid_t group, gid_t *groups, int *ngroups)
{
	struct __etc_buf b = { 0 };
	struct group gr;
	char **mem = NULL;
	size_t nmem = 0, n = 1, cap = 16;
	gid_t *all = malloc(cap * sizeof *all);
	FILE *f = __etc_open("group");

	if (all)
		all[0] = group;
	if (all && f) {
		while (__gr_next(f, &b, &gr, &mem, &nmem) > 0) {
			if (!is_member(gr.gr_mem, user) || listed(all, n, gr.gr_gid))
				continue;
			if (n == cap) {
				gid_t *g = realloc(all, 2 * cap * sizeof *g);

				if (!g)
					break;
				all = g;
				cap *= 2;
			}
			all[n++] = gr.gr_gid;
		}
	}
	if (f)
		fclose(f);
	free(b.line);
	free(mem);
	if (!all)
		return -1;
	memcpy(groups, all, (n < (size_t)*ngroups ? n : (size_t)*ngroups) * sizeof *all);
	free(all);
	if (n > (size_t)*ngroups) {
		*ngroups = (int)n;
		return -1;
	}
	*ngroups = (int)n;
	return (int)n;
}

weak_alias(__getgrouplist, getgrouplist);
