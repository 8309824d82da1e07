#include <limits.h>
#include "etc_impl.h"

/* A day count or -1 for an empty field; -1 when it is not a number. */
static int number(const char *s, long *v)
{
	unsigned id;
	long long wide;

	if (!*s) {
		*v = -1;
		return 0;
	}
	if (__etc_id(s, &id))
		return -1;
	wide = id;
	if (wide > LONG_MAX)
		return -1;
	*v = (long)wide;
	return 0;
}

int __sp_next(FILE *f, struct __etc_buf *b, struct spwd *sp)
{
	char *fld[9];
	long flag;
	int r;

	while ((r = __etc_read(f, b)) > 0) {
		if (__etc_fields(b->line, b->len, fld, 9, ':') || !*fld[0] ||
		    number(fld[2], &sp->sp_lstchg) || number(fld[3], &sp->sp_min) ||
		    number(fld[4], &sp->sp_max) || number(fld[5], &sp->sp_warn) ||
		    number(fld[6], &sp->sp_inact) || number(fld[7], &sp->sp_expire) ||
		    number(fld[8], &flag))
			continue;
		sp->sp_namp = fld[0];
		sp->sp_pwdp = fld[1];
		sp->sp_flag = (unsigned long)flag;
		return 1;
	}
	return r;
}
