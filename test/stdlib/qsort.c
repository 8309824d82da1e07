/*
 * qsort and qsort_r against an insertion sort on adversarial inputs, with a
 * comparison count bound of 5 n log2 n + 4n (2 log2 n partition levels, then
 * heapsort's 2 n log2 n) that an O(n^2) sort breaks many times over at n = 4096; the median-of-3 killer is built by an adversary comparator.
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include "t.h"

#define N 4096
static int a[N], ref[N];
static long compares;

static int cmp_int(const void *x, const void *y)
{
	int p = *(const int *)x, q = *(const int *)y;

	compares++;
	return (p > q) - (p < q);
}

static int cmp_mod_r(const void *x, const void *y, void *arg)
{
	int m = *(int *)arg, p = *(const int *)x % m, q = *(const int *)y % m;

	compares++;
	return (p > q) - (p < q);
}

static void ref_sort(int *v, int n)
{
	int i, j, t;

	for (i = 1; i < n; i++)
		for (j = i; j > 0 && v[j - 1] > v[j]; j--)
			t = v[j], v[j] = v[j - 1], v[j - 1] = t;
}

static long bound(int n)
{
	long lg = 0;

	while ((1L << lg) < n)
		lg++;
	return 5L * n * lg + 4L * n;
}

static unsigned rng = 12345;
static int next(void)
{
	rng = rng * 1103515245 + 12345;
	return (rng >> 8) % 1000000;
}

enum { SORTED, REVERSED, EQUAL, ORGAN, RANDOM, FEW, SAWTOOTH, KINDS };
static const char *names[KINDS] = { "sorted", "reversed", "all_equal", "organ_pipe",
				    "random", "few_values", "sawtooth" };

static void fill(int kind, int n)
{
	int i;

	for (i = 0; i < n; i++)
		a[i] = kind == SORTED ? i : kind == REVERSED ? n - i : kind == EQUAL ? 7 :
		       kind == ORGAN ? (i < n / 2 ? i : n - i) : kind == RANDOM ? next() :
		       kind == FEW ? next() % 4 : i % 37;
}

/*
 * McIlroy's adversary: values are decided lazily, a gas value becoming
 * solid (and smaller than every later one) when it meets another gas value
 * as the candidate pivot does; the values then replayed on a fresh sort.
 */
static int val[N], gas, nsolid, candidate;
static int *adv_base;
static int cmp_adversary(const void *x, const void *y)
{
	int i = *(const int *)x, j = *(const int *)y;

	compares++;
	if (val[i] == gas && val[j] == gas) {
		if (i == candidate)
			val[i] = nsolid++;
		else
			val[j] = nsolid++;
	}
	if (val[i] == gas)
		candidate = i;
	else if (val[j] == gas)
		candidate = j;
	return val[i] - val[j];
}

static void killer(int n)
{
	int i;

	gas = n;
	nsolid = 0;
	candidate = 0;
	for (i = 0; i < n; i++)
		a[i] = i, val[i] = gas;
	adv_base = a;
	qsort(a, n, sizeof *a, cmp_adversary);
	for (i = 0; i < n; i++)
		a[i] = val[i];
}

static void check(const char *name, int n)
{
	int ok;

	memcpy(ref, a, n * sizeof *a);
	ref_sort(ref, n);
	compares = 0;
	qsort(a, n, sizeof *a, cmp_int);
	ok = !memcmp(a, ref, n * sizeof *a);
	t_true(name, ok, "not the reference order");
	t_true(name, compares <= bound(n), "more compares than 5 n log2 n + 4n");
}

struct wide { char key[3]; char pad[77]; };

static int cmp_wide(const void *x, const void *y)
{
	return memcmp(((const struct wide *)x)->key, ((const struct wide *)y)->key, 3);
}

static void wide_elements(void)
{
	static struct wide w[300];
	int i, ok = 1;

	for (i = 0; i < 300; i++) {
		int k = next() % 1000;
		w[i].key[0] = '0' + k / 100, w[i].key[1] = '0' + k / 10 % 10, w[i].key[2] = '0' + k % 10;
		memset(w[i].pad, w[i].key[2], sizeof w[i].pad);
	}
	qsort(w, 300, sizeof *w, cmp_wide);
	for (i = 0; i < 300; i++) {
		if (i && memcmp(w[i - 1].key, w[i].key, 3) > 0)
			ok = 0;
		if (w[i].pad[76] != w[i].key[2] || w[i].pad[0] != w[i].key[2])
			ok = 0;
	}
	t_true("wide_80_byte_elements", ok, "unsorted or element torn");
}

int main(void)
{
	static const int sizes[] = { 0, 1, 2, 3, 17, 100, 1000, N };
	unsigned k, s;
	int m = 10, i, ok;

	for (s = 0; s < sizeof sizes / sizeof *sizes; s++)
		for (k = 0; k < KINDS; k++) {
			fill(k, sizes[s]);
			check(names[k], sizes[s]);
		}
	killer(N);
	check("median_of_3_killer", N);

	for (i = 0; i < 1000; i++)
		a[i] = next();
	compares = 0;
	qsort_r(a, 1000, sizeof *a, cmp_mod_r, &m);
	for (ok = 1, i = 1; i < 1000; i++)
		if (a[i - 1] % 10 > a[i] % 10)
			ok = 0;
	t_true("qsort_r_passes_arg", ok, "not ordered by the last digit");
	t_true("qsort_r_counted", compares > 0 && compares <= bound(1000), "compare count");
	wide_elements();
	a[0] = 2, a[1] = 1;
	qsort(a, 2, 0, cmp_int);
	t_eq("size_zero_untouched", a[0], 2);
	return t_done();
}
