/*
 * num CASE: runs one workload from a function named bench_CASE (for
 * callgrind's --toggle-collect=bench_*): strtod of a short decimal, of a
 * 17-digit one and of a 60-digit one with an exponent, sscanf("%d %s"),
 * each ITERATIONS times over varied inputs; and one qsort of 100 000
 * pseudo-random ints.  CASE "none" is the loop alone.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ITERATIONS 1000
#define SORT_N 100000

static char inputs[ITERATIONS][96];
static int keys[SORT_N];
static volatile double sink;
static volatile int isink;

__attribute__((noinline)) static double nothing(const char *s, char **end)
{
	__asm__ volatile("" : : "r"(s), "r"(end) : "memory");
	return 0;
}

static void fill(const char *pattern)
{
	for (int i = 0; i < ITERATIONS; i++) {
		snprintf(inputs[i], sizeof inputs[i], pattern, i % 10, (i * 7) % 10, (i * 3) % 10);
	}
}

__attribute__((noinline)) void bench_none(void)
{
	for (int i = 0; i < ITERATIONS; i++)
		sink = nothing(inputs[i], 0);
}

__attribute__((noinline)) void bench_short(void)
{
	for (int i = 0; i < ITERATIONS; i++)
		sink = strtod(inputs[i], 0);
}


__attribute__((noinline)) void bench_sscanf(void)
{
	char word[32];
	int n;

	for (int i = 0; i < ITERATIONS; i++)
		isink = sscanf(inputs[i], "%d %s", &n, word) + n;
}

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

__attribute__((noinline)) void bench_qsort(void)
{
	qsort(keys, SORT_N, sizeof *keys, cmp_int);
}

int main(int argc, char **argv)
{
	const char *c = argc > 1 ? argv[1] : "none";
	unsigned x = 12345;

	if (!strcmp(c, "short") || !strcmp(c, "none"))
		fill("3.1%d%d%d");
	else if (!strcmp(c, "digits17"))
		fill("0.1234567890123%d%d%d");
	else if (!strcmp(c, "long"))
		fill("1234567890123456789012345678901234567890123456789012345678%d%d%de-30");
	else if (!strcmp(c, "sscanf"))
		fill("12%d%d%d hello%d");
	for (int i = 0; i < SORT_N; i++)
		keys[i] = (x = x * 1103515245 + 12345) >> 1;
	if (!strcmp(c, "none"))
		bench_none();
	else if (!strcmp(c, "short") || !strcmp(c, "digits17") || !strcmp(c, "long"))
		bench_short();
	else if (!strcmp(c, "sscanf"))
		bench_sscanf();
	else if (!strcmp(c, "qsort"))
		bench_qsort();
	else
		return 2;
	return 0;
}
