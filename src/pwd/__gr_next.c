#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "etc_impl.h"

/* Point (*mem)[] at the comma-separated names of s, growing it as needed. */
static int members(char *s, char ***mem, size_t *nmem)
{
	size_t n = 1, i = 0;
	char *p;

	for (p = s; *p; p++)
		n += *p == ',';
	if (n + 1 > *nmem) {
		char **m = realloc(*mem, (n + 1) * sizeof *m);

		if (!m)
			return -1;
		*mem = m;
		*nmem = n + 1;
	}
	for (p = s; *p;) {
		char *end = strchr(p, ',');

		if (end)
			*end = 0;
		if (*p)
			(*mem)[i++] = p;
		if (!end)
			break;
		p = end + 1;
	}
	(*mem)[i] = NULL;
	return 0;
}

int __gr_next(FILE *f, struct __etc_buf *b, struct group *gr, char ***mem, size_t *nmem)
{
	char *fld[4];
	int r;

	while ((r = __etc_read(f, b)) > 0) {
		if (__etc_fields(b->line, b->len, fld, 4, ':') || !*fld[0] || __etc_id(fld[2], &gr->gr_gid))
			continue;
		if (members(fld[3], mem, nmem))
			return -1;
		gr->gr_name = fld[0];
		gr->gr_passwd = fld[1];
		gr->gr_mem = *mem;
		return 1;
	}
	return r;
}
