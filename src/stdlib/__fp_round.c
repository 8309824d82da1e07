#include <errno.h>
#include "floatscan.h"

/* m >> n for 0 < n, the bits shifted out ORed into *lost. */
static struct __u128 shr(struct __u128 m, int n, int *lost)
{
	struct __u128 r = { 0, 0 };

	if (n >= 128) {
		*lost |= (m.hi | m.lo) != 0;
	} else if (n >= 64) {
		*lost |= m.lo != 0 || (n > 64 && m.hi << (128 - n) != 0);
		r.lo = n == 64 ? m.hi : m.hi >> (n - 64);
	} else {
		*lost |= m.lo << (64 - n) != 0;
		r.lo = m.lo >> n | m.hi << (64 - n);
		r.hi = m.hi >> n;
	}
	return r;
}

/* m rounded to nearest-even after dropping its low drop bits (drop > 0); inexactness in *inexact. */
static struct __u128 round_off(struct __u128 m, int sticky, int drop, int *inexact)
{
	int below = sticky, dummy = 0, half;
	struct __u128 q = drop > 1 ? shr(m, drop - 1, &below) : m;

	half = q.lo & 1;
	q = shr(q, 1, &dummy);
	if (half && (below || (q.lo & 1)) && !++q.lo)
		q.hi++;
	*inexact = half | below;
	return q;
}

static int bit_at(struct __u128 m, int i)
{
	return (i < 64 ? m.lo >> i : m.hi >> (i - 64)) & 1;
}

/*
 * Whether a value just below the least normal counts as tiny.  IEEE 754
 * lets hardware decide before or after rounding, and glibc's strtod follows
 * its hardware: x86 and MIPS decide after rounding (a value that rounds up
 * to the least normal is not tiny there), the other targets before.
 */
#if defined(__i386__) || defined(__x86_64__) || defined(__mips__)
#define TINY_AFTER_ROUNDING 1
#else
#define TINY_AFTER_ROUNDING 0
#endif

static int is_tiny(struct __u128 m, int sticky, long top, const struct __fp_fmt *fmt)
{
	int inexact;

	if (top >= fmt->emin)
		return 0;
	if (!TINY_AFTER_ROUNDING || top < fmt->emin - 1)
		return 1;
	m = round_off(m, sticky, 128 - fmt->p, &inexact);
	return !bit_at(m, fmt->p);
}

void __fp_round(struct __fp_value *v, struct __u128 m, int sticky, long exp,
		const struct __fp_fmt *fmt)
{
	long top = exp + 127, keep = fmt->p;
	int inexact;

	v->kind = FS_FINITE;
	if (top > fmt->emax)
		goto overflow;
	if (top < fmt->emin)
		keep -= fmt->emin - top;
	if (keep < 0) {
		v->kind = FS_ZERO;
		errno = ERANGE;
		return;
	}
	v->m = round_off(m, sticky, 128 - keep, &inexact);
	v->exp = exp + 128 - keep;
	if (bit_at(v->m, fmt->p)) {
		v->m.lo = v->m.lo >> 1 | v->m.hi << 63;
		v->m.hi >>= 1;
		if (++v->exp + fmt->p - 1 > fmt->emax)
			goto overflow;
	}
	if (!v->m.hi && !v->m.lo)
		v->kind = FS_ZERO;
	if (inexact && is_tiny(m, sticky, top, fmt))
		errno = ERANGE;
	return;
overflow:
	v->kind = FS_INF;
	errno = ERANGE;
}
