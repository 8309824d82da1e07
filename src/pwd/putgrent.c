#define _GNU_SOURCE
#include <errno.h>
#include "etc_impl.h"

static int members_ok(char **mem)
{
	for (; mem && *mem; mem++)
		if (!__etc_field_ok(*mem, ','))
			return 0;
	return 1;
}

/* A member with a ',' would read back as two: refused with the other bad fields (EINVAL). */
int putgrent(const struct group *gr, FILE *f)
{
	char **m;
	int r;

	if (!gr || !f || !gr->gr_name || !__etc_field_ok(gr->gr_name, 0) ||
	    !__etc_field_ok(gr->gr_passwd, 0) || !members_ok(gr->gr_mem)) {
		errno = EINVAL;
		return -1;
	}
	r = fprintf(f, "%s:%s:%u:", gr->gr_name, gr->gr_passwd ? gr->gr_passwd : "", (unsigned)gr->gr_gid);
	for (m = gr->gr_mem; r >= 0 && m && *m; m++)
		r = fprintf(f, m == gr->gr_mem ? "%s" : ",%s", *m);
	if (r >= 0)
		r = fputc('\n', f);
	return r < 0 ? -1 : 0;
}
