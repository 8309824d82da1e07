#include <string.h>
#include "mntent_impl.h"

/* The option named opt in mnt_opts, whole (followed by ',', '=' or the end); NULL when absent. */
char *hasmntopt(const struct mntent *mnt, const char *opt)
{
	size_t n = strlen(opt);
	char *p = mnt->mnt_opts;

	if (!n)
		return NULL;
	while (p && *p) {
		if (!strncmp(p, opt, n) && (p[n] == 0 || p[n] == ',' || p[n] == '='))
			return p;
		p = strchr(p, ',');
		if (p)
			p++;
	}
	return NULL;
}
