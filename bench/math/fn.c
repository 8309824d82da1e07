/*
 * fn CASE: calls one math function ITERATIONS times over varied arguments,
 * from a function named bench_CASE (for callgrind's --toggle-collect):
 * exp log pow sin cos atan2 on the arguments programs pass most (|x| up
 * to 10, log of 0.01 to 100, pow of 0.1..10 to -10..10); asinh erf erfc of
 * -5..5; tgamma and lgamma of -10..30.  CASE "none" is the loop alone.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#define ITERATIONS 1000

static double a[ITERATIONS], b[ITERATIONS];
static volatile double sink;

__attribute__((noinline)) static double nothing(double x, double y)
{
	__asm__ volatile("" : : "x"(x), "x"(y) : "memory");
	return x;
}

/* Evenly spread, in an order that no branch predictor learns. */
static void fill(double lo, double hi, double *v)
{
	unsigned s = 12345;
	for (int i = 0; i < ITERATIONS; i++) {
		s = s * 1103515245u + 12345u;
		v[i] = lo + (hi - lo) * (s >> 8) / 16777216.0;
	}
}

#define BENCH1(name, call) \
	__attribute__((noinline)) void bench_##name(void) \
	{ \
		for (int i = 0; i < ITERATIONS; i++) \
			sink = call; \
	}

BENCH1(none, nothing(a[i], b[i]))
BENCH1(exp, exp(a[i]))
BENCH1(log, log(a[i]))
BENCH1(pow, pow(a[i], b[i]))
BENCH1(sin, sin(a[i]))
BENCH1(cos, cos(a[i]))
BENCH1(atan2, atan2(a[i], b[i]))
BENCH1(asinh, asinh(a[i]))
BENCH1(erf, erf(a[i]))
BENCH1(erfc, erfc(a[i]))
BENCH1(tgamma, tgamma(a[i]))
BENCH1(lgamma, lgamma(a[i]))

int main(int argc, char **argv)
{
	static const struct { const char *name; void (*fn)(void); double lo, hi, blo, bhi; } c[] = {
		{ "none", bench_none, -10, 10, -10, 10 },
		{ "exp", bench_exp, -10, 10, 0, 0 },
		{ "log", bench_log, 0.01, 100, 0, 0 },
		{ "pow", bench_pow, 0.1, 10, -10, 10 },
		{ "sin", bench_sin, -10, 10, 0, 0 },
		{ "cos", bench_cos, -10, 10, 0, 0 },
		{ "atan2", bench_atan2, -10, 10, -10, 10 },
		{ "asinh", bench_asinh, -5, 5, 0, 0 },
		{ "erf", bench_erf, -5, 5, 0, 0 },
		{ "erfc", bench_erfc, -5, 5, 0, 0 },
		{ "tgamma", bench_tgamma, -10, 30, 0, 0 },
		{ "lgamma", bench_lgamma, -10, 30, 0, 0 },
	};
	if (argc != 2)
		return 2;
	for (size_t i = 0; i < sizeof c / sizeof *c; i++)
		if (!strcmp(argv[1], c[i].name)) {
			fill(c[i].lo, c[i].hi, a);
			fill(c[i].blo, c[i].bhi, b);
			c[i].fn();
			printf("%a\n", sink);
			return 0;
		}
	return 2;
}
