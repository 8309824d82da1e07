/*
 * fmt CASE: calls printf 1000 times with one format from a function named
 * bench_CASE (for callgrind's --toggle-collect=bench_*); CASE "none" calls
 * an empty function the same way, for the cost of the loop.  stdout should
 * be /dev/null: the buffer's writes are part of the cost.
 */
#include <stdio.h>
#include <string.h>

#define ITERATIONS 1000

static volatile double scale = 1.000123;

__attribute__((noinline)) static int nothing(const char *fmt, int i)
{
	__asm__ volatile("" : : "r"(fmt), "r"(i) : "memory");
	return 0;
}

__attribute__((noinline)) void bench_none(void)
{
	for (int i = 0; i < ITERATIONS; i++)
		nothing("%d", i);
}

__attribute__((noinline)) void bench_d(void)
{
	for (int i = 0; i < ITERATIONS; i++)
		printf("%d", i * 7919);
}

__attribute__((noinline)) void bench_mixed(void)
{
	for (int i = 0; i < ITERATIONS; i++)
		printf("%s:%5d:%08x:%ld", "name", i, (unsigned)i * 2654435761u, (long)i << 20);
}

__attribute__((noinline)) void bench_f3(void)
{
	double x = 3.14159;

	for (int i = 0; i < ITERATIONS; i++, x *= scale)
		printf("%.3f", x);
}

__attribute__((noinline)) void bench_g(void)
{
	double x = 0.000123456;

	for (int i = 0; i < ITERATIONS; i++, x *= 1.0123 * scale)
		printf("%g", x);
}

static const struct {
	const char *name;
	void (*fn)(void);
} cases[] = {
	{ "none", bench_none }, { "d", bench_d }, { "mixed", bench_mixed },
	{ "f3", bench_f3 }, { "g", bench_g },
};

int main(int argc, char **argv)
{
	for (size_t i = 0; argc > 1 && i < sizeof cases / sizeof *cases; i++)
		if (!strcmp(argv[1], cases[i].name)) {
			cases[i].fn();
			return 0;
		}
	return 2;
}
