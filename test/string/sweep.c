/*
 * Every length 0..MAXN at every alignment 0..ALIGNS-1 (of source and
 * destination both, where there are two), against byte-at-a-time references
 * that read and write through volatile pointers, so that gcc cannot turn
 * them into calls to the functions under test.  Guard bytes around each
 * destination catch writes out of bounds.
 */
#define _DEFAULT_SOURCE
#include <sys/mman.h>
#include "t.h"
#include "string_under_test.h"

#define MAXN 300
#define ALIGNS 16
#define GUARD 32
#define SIZE (GUARD + ALIGNS + MAXN + GUARD)
#define FILL 0xa5
#define OVERLAP_SIZE (2 * MAXN + 64)

typedef volatile unsigned char vbyte;

static unsigned char src[OVERLAP_SIZE], dst[OVERLAP_SIZE], want[OVERLAP_SIZE];
static int bad;
static const char *what;

/* Report the first failing combination of a sweep; count them all. */
static void fail(const char *fn, size_t n, size_t a, size_t b)
{
	if (!bad++) {
		t_out("first failure: ");
		t_out(fn);
		t_out(" n=");
		t_num(n);
		t_out(" align=");
		t_num(a);
		t_out(",");
		t_num(b);
		t_out("\n");
	}
}

static void vcopy(vbyte *d, const vbyte *s, size_t n)
{
	while (n--)
		*d++ = *s++;
}

static void vset(vbyte *d, int c, size_t n)
{
	while (n--)
		*d++ = (unsigned char)c;
}

static int vsame(const vbyte *a, const vbyte *b, size_t n)
{
	for (; n; n--)
		if (*a++ != *b++)
			return 0;
	return 1;
}

/* Source bytes: no zero, and both 0x80 and 0x01, which fool careless zero-byte tricks. */
static void fill_src(void)
{
	static const unsigned char mix[] = { 0x01, 0x80, 0xff, 0x7f, 0xfe, 0x81, 'a', 0x10 };

	for (size_t i = 0; i < sizeof src; i++)
		src[i] = mix[i % sizeof mix] + (i % 5 == 4 ? 0x11 : 0);
}

/*
 * Each round resets and compares only its span: the destination with GUARD
 * bytes on either side (the left one widened by the alignment offset).
 */
static void sweep_memcpy(int move)
{
	for (size_t n = 0; n <= MAXN; n++)
		for (size_t sa = 0; sa < ALIGNS; sa++)
			for (size_t da = 0; da < ALIGNS; da++) {
				unsigned char *d = dst + GUARD + da, *r;
				size_t span = GUARD + da + n + GUARD;
				vset(dst, FILL, span);
				vset(want, FILL, span);
				vcopy(want + GUARD + da, src + GUARD + sa, n);
				r = move ? memmove(d, src + GUARD + sa, n) : memcpy(d, src + GUARD + sa, n);
				if (r != d || !vsame(dst, want, span))
					fail(what, n, sa, da);
			}
}

/* memmove within one buffer, the source before and after the destination. */
static void sweep_memmove_overlap(void)
{
	static unsigned char buf[OVERLAP_SIZE], tmp[MAXN];

	for (size_t n = 0; n <= MAXN; n++)
		for (size_t base = 0; base < 8; base++)
			for (int shift = -19; shift <= 19; shift++) {
				unsigned char *s = buf + 24 + base, *d = s + shift;
				size_t span = 24 + base + 19 + n + 8;
				vcopy(buf, src, span);
				vcopy(want, src, span);
				/* The reference copies through a third buffer, as memmove behaves. */
				vcopy(tmp, want + 24 + base, n);
				vcopy(want + 24 + base + shift, tmp, n);
				if (memmove(d, s, n) != d || !vsame(buf, want, span))
					fail("memmove overlap", n, base, shift + 100);
			}
}

static void sweep_memset(void)
{
	static const int values[] = { 0, 0xff, 0x5a, 0x1234, -1 };

	for (size_t v = 0; v < sizeof values / sizeof *values; v++)
		for (size_t n = 0; n <= MAXN; n++)
			for (size_t a = 0; a < ALIGNS; a++) {
				unsigned char *d = dst + GUARD + a;
				size_t span = GUARD + a + n + GUARD;
				vset(dst, FILL, span);
				vset(want, FILL, span);
				vset(want + GUARD + a, values[v], n);
				if (memset(d, values[v], n) != d || !vsame(dst, want, span))
					fail("memset", n, a, v);
			}
}

static int sign(int x)
{
	return x > 0 ? 1 : x < 0 ? -1 : 0;
}

static void sweep_memcmp_strcmp(void)
{
	for (size_t n = 0; n <= MAXN; n++)
		for (size_t a = 0; a < ALIGNS; a++)
			for (size_t b = 0; b < ALIGNS; b += 3) {
				unsigned char *x = dst + GUARD + a, *y = want + GUARD + b;
				size_t at[3] = { 0, n / 2, n - 1 };
				vcopy(x, src + GUARD, n);
				vcopy(y, src + GUARD, n);
				x[n] = y[n] = 0;
				if (memcmp(x, y, n) != 0)
					fail("memcmp equal", n, a, b);
				if (strcmp((char *)x, (char *)y) != 0)
					fail("strcmp equal", n, a, b);
				if (strncmp((char *)x, (char *)y, n + 5) != 0)
					fail("strncmp equal", n, a, b);
				for (int k = 0; n && k < 3; k++) {
					unsigned char keep = y[at[k]];
					/* 0x80 against 0x01: unsigned comparison says greater. */
					x[at[k]] = 0x80;
					y[at[k]] = 0x01;
					if (sign(memcmp(x, y, n)) != 1 || sign(memcmp(y, x, n)) != -1)
						fail("memcmp differ", n, a, at[k]);
					if (sign(strcmp((char *)x, (char *)y)) != 1 ||
					    sign(strcmp((char *)y, (char *)x)) != -1)
						fail("strcmp differ", n, a, at[k]);
					if (sign(strncmp((char *)x, (char *)y, n)) != 1 ||
					    strncmp((char *)x, (char *)y, at[k]) != 0)
						fail("strncmp differ", n, a, at[k]);
					/* A shorter string compares less. */
					y[at[k]] = 0;
					if (sign(strcmp((char *)x, (char *)y)) != 1)
						fail("strcmp prefix", n, a, at[k]);
					x[at[k]] = y[at[k]] = keep;
				}
			}
}

static void sweep_str(void)
{
	for (size_t n = 0; n <= MAXN; n++)
		for (size_t a = 0; a < ALIGNS; a++) {
			unsigned char *s = dst + GUARD + a;
			char *cs = (char *)s;
			vset(dst, FILL, SIZE);
			vcopy(s, src + GUARD, n);
			s[n] = 0;
			if (strlen(cs) != n)
				fail("strlen", n, a, 0);
			if (strnlen(cs, n + 7) != n || strnlen(cs, n / 2) != n / 2)
				fail("strnlen", n, a, 0);
			if (memchr(s, 0, n + 1) != s + n || memchr(s, 0, n) != NULL)
				fail("memchr nul", n, a, 0);
			if (strchr(cs, 0) != cs + n || strrchr(cs, 0) != cs + n)
				fail("strchr nul", n, a, 0);
			if (strchr(cs, 0x99) != NULL || strrchr(cs, 0x99) != NULL ||
			    memchr(s, 0x99, n) != NULL)
				fail("absent byte", n, a, 0);
			if (n) {
				/* The byte at n - 1 placed again at the middle: first and last differ. */
				size_t mid = n / 2;
				unsigned char c = 0x99;
				s[mid] = c;
				s[n - 1] = c;
				if (memchr(s, c, n) != s + mid || memchr(s, c + 0x100, n) != s + mid ||
				    memchr(s, c, mid) != NULL)
					fail("memchr", n, a, mid);
				if (strchr(cs, c) != cs + mid || strchr(cs, c - 0x100) != cs + mid)
					fail("strchr", n, a, mid);
				if (strrchr(cs, c) != cs + n - 1)
					fail("strrchr", n, a, mid);
			}
		}
}

static void sweep_strcpy(void)
{
	static unsigned char s[SIZE];

	vcopy(s, src, SIZE);
	for (size_t n = 0; n <= MAXN; n++)
		for (size_t sa = 0; sa < ALIGNS; sa++)
			for (size_t da = 0; da < ALIGNS; da += 5) {
				char *d = (char *)dst + GUARD + da, *from = (char *)s + GUARD + sa;
				size_t span = GUARD + da + n + 9 + GUARD;
				from[n] = 0;
				vset(dst, FILL, span);
				vset(want, FILL, span);
				vcopy(want + GUARD + da, s + GUARD + sa, n + 1);
				if (strcpy(d, from) != d || !vsame(dst, want, span))
					fail("strcpy", n, sa, da);
				/* strncpy with room to spare pads with NULs; with too little, truncates. */
				vset(dst, FILL, span);
				vset(want + GUARD + da + n, 0, 9);
				if (strncpy(d, from, n + 9) != d || !vsame(dst, want, span))
					fail("strncpy pad", n, sa, da);
				vset(dst, FILL, span);
				vset(want, FILL, span);
				vcopy(want + GUARD + da, s + GUARD + sa, n / 2);
				if (strncpy(d, from, n / 2) != d || !vsame(dst, want, span))
					fail("strncpy truncate", n, sa, da);
				from[n] = src[GUARD + sa + n];
			}
}

/*
 * A few large sizes, where the copies switch to their long-run paths:
 * forwards, and overlapping either way, at a few alignments.
 */
static void sweep_large(void)
{
	static const size_t sizes[] = { 511, 1000, 4095, 4096, 4097, 65536 + 13 };
	static const int shifts[] = { -4097, -9, -1, 1, 7, 64, 4097 };
	size_t cap = 2 * (65536 + 13) + 3 * 4097 + 64, off = 4097 + 16;
	unsigned char *buf = mmap(NULL, cap, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned char *ref = mmap(NULL, cap, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	unsigned char *tmp = mmap(NULL, cap, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (buf == MAP_FAILED || ref == MAP_FAILED || tmp == MAP_FAILED) {
		fail("mmap", 0, 0, 0);
		return;
	}
	for (size_t i = 0; i < cap; i++)
		buf[i] = src[i % sizeof src] ^ (unsigned char)(i >> 8);
	for (size_t k = 0; k < sizeof sizes / sizeof *sizes; k++)
		for (size_t a = 0; a < 3; a++) {
			size_t n = sizes[k];
			unsigned char *s = buf + off + a * 3, *d = s + n + 40 + a;

			vcopy(ref, buf, cap);
			vcopy(ref + (d - buf), s, n);
			if (memcpy(d, s, n) != d || !vsame(buf, ref, cap))
				fail("memcpy large", n, a, 0);
			vset(d, 0, n);
			vset(ref + (d - buf), 0, n);
			if (memset(d, 0x5a, n) != d)
				fail("memset large", n, a, 0);
			vset(ref + (d - buf), 0x5a, n);
			if (!vsame(buf, ref, cap))
				fail("memset large", n, a, 1);
			for (size_t j = 0; j < sizeof shifts / sizeof *shifts; j++) {
				unsigned char *to = s + shifts[j];
				/* The reference moves through a third buffer. */
				vcopy(ref, buf, cap);
				vcopy(tmp, s, n);
				vcopy(ref + (to - buf), tmp, n);
				if (memmove(to, s, n) != to || !vsame(buf, ref, cap))
					fail("memmove large", n, a, j);
			}
		}
	munmap(buf, cap);
	munmap(ref, cap);
	munmap(tmp, cap);
}

static void run(const char *name, void (*sweep)(void))
{
	bad = 0;
	what = name;
	sweep();
	t_eq(name, bad, 0);
}

static void memcpy_sweep(void)
{
	sweep_memcpy(0);
}

static void memmove_sweep(void)
{
	sweep_memcpy(1);
}

int main(void)
{
	fill_src();
	run("memcpy_all_sizes_and_alignments", memcpy_sweep);
	run("memmove_all_sizes_and_alignments", memmove_sweep);
	run("memmove_overlap_both_ways", sweep_memmove_overlap);
	run("memset_all_sizes_alignments_values", sweep_memset);
	run("memcmp_strcmp_strncmp_sweep", sweep_memcmp_strcmp);
	run("strlen_strnlen_memchr_strchr_strrchr_sweep", sweep_str);
	run("strcpy_strncpy_sweep", sweep_strcpy);
	run("memcpy_memmove_memset_large_sizes", sweep_large);
	return t_done();
}
