/*
 * libm micro-benchmark: "math OP" runs bench_OP (for callgrind's
 * --toggle-collect=bench_*) calling the function OP through a pointer (a
 * real call, never the compiler's builtin) on each of CALLS inputs spread
 * over the range a program uses.  OP "none" runs the same loop calling an
 * empty function, to subtract.  Builds against any libc; prints a sum so
 * the work cannot be dropped.  To add a function: one line in ops[], and its
 * name in run.sh's list.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#define CALLS 65536

static double in[CALLS];

static double nothing(double x)
{
	return x;
}

/* Each function, and the interval [lo, hi) its inputs are drawn from. */
static const struct op {
	const char *name;
	double (*fn)(double);
	double lo, hi;
} ops[] = {
	{ "none", nothing, -1e6, 1e6 },
	{ "sqrt", sqrt, 0, 1e6 },
	{ "floor", floor, -1e6, 1e6 },
};

static void fill(const struct op *op)
{
	unsigned long long x = 88172645463325252ull;

	for (int i = 0; i < CALLS; i++) {
		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		in[i] = op->lo + (op->hi - op->lo) * (double)(x >> 11) * 0x1p-53;
	}
}

__attribute__((noinline)) double bench_run(double (*volatile fn)(double))
{
	double s = 0;

	for (int i = 0; i < CALLS; i++)
		s += fn(in[i]);
	return s;
}

int main(int argc, char **argv)
{
	for (unsigned i = 0; i < sizeof ops / sizeof *ops; i++) {
		if (argc < 2 || strcmp(argv[1], ops[i].name))
			continue;
		fill(&ops[i]);
		printf("%g\n", bench_run(ops[i].fn));
		return 0;
	}
	fprintf(stderr, "usage: math OP (none, sqrt, floor, ...)\n");
	return 2;
}
