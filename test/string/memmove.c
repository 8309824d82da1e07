/*
 * memmove's C version, src/string/memmove.c, built into this test at -O3
 * with -fno-builtin (test.mak), so that the compiler may inline, vectorise
 * and reorder all it likes: every length 0..256 at every shift -256..256
 * against a byte-at-a-time reference.  Any call it makes to memcpy, whose
 * restrict promises that the buffers do not overlap, comes here and is
 * checked for overlap.  The same sweep then runs the library's own memmove
 * (an arch version where there is one).
 */
#include <stdint.h>
#include <string.h>

static long memcpy_overlaps;

/* Unused once memmove.c no longer calls memcpy, as it should be. */
static __attribute__((unused)) void *checked_memcpy(void *restrict d, const void *restrict s,
						     size_t n)
{
	volatile unsigned char *vd = d;
	const volatile unsigned char *vs = s;

	if ((uintptr_t)d - (uintptr_t)s < n || (uintptr_t)s - (uintptr_t)d < n)
		memcpy_overlaps++;
	while (n--)
		*vd++ = *vs++;
	return d;
}

#define memcpy checked_memcpy
#define memmove c_memmove
#include "../../src/string/memmove.c"
#undef memcpy
#undef memmove
#include "t.h"

#define MAXN 256
#define GUARD 16
#define BUF (GUARD + MAXN + MAXN + MAXN + GUARD)

typedef volatile unsigned char vbyte;

static unsigned char buf[BUF], want[BUF], tmp[MAXN];
static void *(*volatile lib_memmove)(void *, const void *, size_t) = memmove;

static void vcopy(vbyte *d, const vbyte *s, size_t n)
{
	while (n--)
		*d++ = *s++;
}

static void fill(vbyte *p)
{
	for (size_t i = 0; i < BUF; i++)
		p[i] = (unsigned char)(i * 131 + (i >> 8) + 1);
}

static int vsame(const vbyte *a, const vbyte *b, size_t n)
{
	for (; n; n--)
		if (*a++ != *b++)
			return 0;
	return 1;
}

/* Every (n, shift): the first failure is reported, all are counted. */
static void sweep(const char *name, void *(*move)(void *, const void *, size_t))
{
	long bad = 0, first_n = 0, first_shift = 0;

	for (int n = 0; n <= MAXN; n++)
		for (int shift = -MAXN; shift <= MAXN; shift++) {
			unsigned char *s = buf + GUARD + MAXN, *d = s + shift;
			size_t lo = GUARD + MAXN + (shift < 0 ? shift : 0) - GUARD;
			size_t span = n + (shift < 0 ? -shift : shift) + 2 * GUARD;

			fill(buf);
			fill(want);
			vcopy(tmp, want + GUARD + MAXN, n);
			vcopy(want + GUARD + MAXN + shift, tmp, n);
			if (move(d, s, n) != d || !vsame(buf + lo, want + lo, span)) {
				if (!bad++) {
					first_n = n;
					first_shift = shift;
				}
			}
		}
	t_begin(name);
	if (!bad)
		return t_ok();
	t_fail();
	t_num(bad);
	t_out(" of 131841 (n, shift) pairs wrong, the first n=");
	t_num(first_n);
	t_out(" shift=");
	t_num(first_shift);
	t_out("\n");
}

int main(void)
{
	sweep("c_memmove_O3_every_n_shift_to_256", c_memmove);
	t_eq("c_memmove_no_memcpy_on_overlap", memcpy_overlaps, 0);
	sweep("memmove_every_n_shift_to_256", lib_memmove);
	return t_done();
}
