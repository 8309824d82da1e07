#include <errno.h>
#include "etc_impl.h"

/* -1, the value an empty field reads as, is written as an empty field. */
int putspent(const struct spwd *sp, FILE *f)
{
	long v[6];
	int i, r;

	if (!sp || !f || !sp->sp_namp || !__etc_field_ok(sp->sp_namp, 0) || !__etc_field_ok(sp->sp_pwdp, 0)) {
		errno = EINVAL;
		return -1;
	}
	v[0] = sp->sp_lstchg;
	v[1] = sp->sp_min;
	v[2] = sp->sp_max;
	v[3] = sp->sp_warn;
	v[4] = sp->sp_inact;
	v[5] = sp->sp_expire;
	r = fprintf(f, "%s:%s:", sp->sp_namp, sp->sp_pwdp ? sp->sp_pwdp : "");
	for (i = 0; r >= 0 && i < 6; i++)
		r = v[i] == -1 ? fputc(':', f) : fprintf(f, "%ld:", v[i]);
	if (r >= 0)
		r = sp->sp_flag == (unsigned long)-1 ? fputc('\n', f) : fprintf(f, "%lu\n", sp->sp_flag);
	return r < 0 ? -1 : 0;
}
