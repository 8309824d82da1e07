#include <stdlib.h>
#include "etc_impl.h"

int initgroups(const char *user, gid_t group)
{
	int size = 32, n = size, r;
	gid_t *g = NULL;

	/* The list's length is known only after a first try. */
	for (;;) {
		free(g);
		if (!(g = malloc((size_t)size * sizeof *g)))
			return -1;
		n = size;
		r = __getgrouplist(user, group, g, &n);
		if (r >= 0 || n <= size)
			break;
		size = n;
	}
	r = r < 0 ? -1 : __setgroups((size_t)r, g);
	free(g);
	return r;
}
