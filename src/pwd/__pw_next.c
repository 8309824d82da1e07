#include "etc_impl.h"

int __pw_next(FILE *f, struct __etc_buf *b, struct passwd *pw)
{
	char *fld[7];
	int r;

	while ((r = __etc_read(f, b)) > 0) {
		if (__etc_fields(b->line, b->len, fld, 7, ':') || !*fld[0] ||
		    __etc_id(fld[2], &pw->pw_uid) || __etc_id(fld[3], &pw->pw_gid))
			continue;
		pw->pw_name = fld[0];
		pw->pw_passwd = fld[1];
		pw->pw_gecos = fld[4];
		pw->pw_dir = fld[5];
		pw->pw_shell = fld[6];
		return 1;
	}
	return r;
}
