#define _GNU_SOURCE 1
#include <stddef.h>
#include <string.h>

/*
 * The maximal suffix of x[0..m) under the byte order (rev: reversed), by
 * Crochemore and Perrin: its start less one, and its period in *per.
 */
static ptrdiff_t max_suffix(const unsigned char *x, ptrdiff_t m, ptrdiff_t *per, int rev)
{
	ptrdiff_t ms = -1, j = 0, k = 1, p = 1;

	while (j + k < m) {
		unsigned char a = x[j + k], b = x[ms + k];

		if (rev ? a > b : a < b) {
			j += k;
			k = 1;
			p = j - ms;
		} else if (a == b) {
			if (k != p) {
				k++;
			} else {
				j += p;
				k = 1;
			}
		} else {
			ms = j++;
			k = p = 1;
		}
	}
	*per = p;
	return ms;
}

/*
 * Two-way string matching (Crochemore and Perrin, 1991): linear time and
 * constant space whatever the input, so that no needle makes a search of a
 * long haystack quadratic.  The needle is cut at a critical factorization
 * n[0..ell] n[ell+1..m); the right part is matched first, then the left.
 */
static const unsigned char *two_way(const unsigned char *h, ptrdiff_t hl,
				    const unsigned char *n, ptrdiff_t m)
{
	ptrdiff_t p1, p2, ms1 = max_suffix(n, m, &p1, 0), ms2 = max_suffix(n, m, &p2, 1);
	ptrdiff_t ell = ms1 > ms2 ? ms1 : ms2, per = ms1 > ms2 ? p1 : p2, i, j, mem = 0;
	int periodic = !memcmp(n, n + per, ell + 1);

	if (!periodic)
		per = (ell + 1 > m - ell - 1 ? ell + 1 : m - ell - 1) + 1;
	for (j = 0; j <= hl - m;) {
		i = ell + 1 > mem ? ell + 1 : mem;
		while (i < m && n[i] == h[i + j])
			i++;
		if (i < m) {
			j += i - ell;
			mem = 0;
			continue;
		}
		for (i = ell; i >= mem && n[i] == h[i + j]; i--)
			;
		if (i < mem)
			return h + j;
		j += per;
		mem = periodic ? m - per : 0;
	}
	return NULL;
}

void *memmem(const void *hay, size_t len, const void *needle, size_t n)
{
	const unsigned char *h = hay, *end = h + len, *f = needle;

	if (!n)
		return (void *)hay;
	if (n > len)
		return NULL;
	if (n > 2)
		return (void *)two_way(h, len, f, n);
	/* One or two bytes: memchr to each candidate is linear already. */
	while ((size_t)(end - h) >= n) {
		h = memchr(h, f[0], end - h - n + 1);
		if (!h)
			return NULL;
		if (n == 1 || h[1] == f[1])
			return (void *)h;
		h++;
	}
	return NULL;
}
