/*
 * String-function micro-benchmark: "str OP N OFFSET [ROUNDS]" calls OP on N
 * bytes ITERATIONS times from a function named bench_OP (for callgrind's
 * --toggle-collect=bench_*), ROUNDS times over (default 1, for wall time).  OP "none" calls an empty function the same
 * way, to subtract the loop and call overhead.  Builds against any libc:
 * it needs only write, strcmp, strlen and the functions it measures.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define ITERATIONS 1000
#define BUF 8192
#define SLACK 64

static char src[BUF + SLACK], dst[BUF + SLACK];

/* Called through volatile pointers, so the compiler can neither inline nor fold them. */
static void *(*volatile memcpy_p)(void *, const void *, size_t) = memcpy;
static void *(*volatile memmove_p)(void *, const void *, size_t) = memmove;
static void *(*volatile memset_p)(void *, int, size_t) = memset;
static void *(*volatile memchr_p)(const void *, int, size_t) = memchr;
static size_t (*volatile strlen_p)(const char *) = strlen;
static int (*volatile memcmp_p)(const void *, const void *, size_t) = memcmp;
static int (*volatile strcmp_p)(const char *, const char *) = strcmp;
static char *(*volatile strcpy_p)(char *, const char *) = strcpy;
static char *(*volatile strchr_p)(const char *, int) = strchr;

__attribute__((noinline)) static void *nothing(void *d, const void *s, size_t n)
{
	(void)s, (void)n;
	return d;
}
static void *(*volatile nothing_p)(void *, const void *, size_t) = nothing;

__attribute__((noinline)) void bench_none(char *d, const char *s, size_t n)
{
	for (int i = 0; i < ITERATIONS; i++)
		nothing_p(d, s, n);
}

__attribute__((noinline)) void bench_memcpy(char *d, const char *s, size_t n)
{
	for (int i = 0; i < ITERATIONS; i++)
		memcpy_p(d, s, n);
}

/* The destination 8 bytes above the source inside one buffer: a backward move. */
__attribute__((noinline)) void bench_memmove(char *d, const char *s, size_t n)
{
	(void)d;
	for (int i = 0; i < ITERATIONS; i++)
		memmove_p((char *)s + 8, s, n);
}

__attribute__((noinline)) void bench_memset(char *d, const char *s, size_t n)
{
	(void)s;
	for (int i = 0; i < ITERATIONS; i++)
		memset_p(d, i, n);
}

__attribute__((noinline)) void bench_memchr(char *d, const char *s, size_t n)
{
	(void)d;
	for (int i = 0; i < ITERATIONS; i++)
		memchr_p(s, 'x', n);
}

__attribute__((noinline)) void bench_strlen(char *d, const char *s, size_t n)
{
	(void)d, (void)n;
	for (int i = 0; i < ITERATIONS; i++)
		strlen_p(s);
}

/* The compare cases find d equal to s: main copies s to dst first. */
__attribute__((noinline)) void bench_memcmp(char *d, const char *s, size_t n)
{
	for (int i = 0; i < ITERATIONS; i++)
		memcmp_p(d, s, n);
}

__attribute__((noinline)) void bench_strcmp(char *d, const char *s, size_t n)
{
	(void)n;
	for (int i = 0; i < ITERATIONS; i++)
		strcmp_p(d, s);
}

__attribute__((noinline)) void bench_strcpy(char *d, const char *s, size_t n)
{
	(void)n;
	for (int i = 0; i < ITERATIONS; i++)
		strcpy_p(d, s);
}

__attribute__((noinline)) void bench_strchr(char *d, const char *s, size_t n)
{
	(void)d, (void)n;
	for (int i = 0; i < ITERATIONS; i++)
		strchr_p(s, 'x');
}

static const struct {
	const char *name;
	void (*fn)(char *, const char *, size_t);
} ops[] = {
	{ "none", bench_none },     { "memcpy", bench_memcpy }, { "memmove", bench_memmove },
	{ "memset", bench_memset }, { "memchr", bench_memchr }, { "strlen", bench_strlen },
	{ "memcmp", bench_memcmp }, { "strcmp", bench_strcmp }, { "strcpy", bench_strcpy },
	{ "strchr", bench_strchr },
};

static size_t number(const char *s)
{
	size_t v = 0;

	while (*s >= '0' && *s <= '9')
		v = v * 10 + (size_t)(*s++ - '0');
	return v;
}

int main(int argc, char **argv)
{
	static const char usage[] = "usage: str OP N OFFSET [ROUNDS] (N <= 8176, OFFSET < 32)\n";
	size_t n, off, rounds = argc == 5 ? number(argv[4]) : 1;

	if (argc < 4 || argc > 5 || (n = number(argv[2])) > BUF - 16 ||
	    (off = number(argv[3])) >= SLACK / 2) {
		write(2, usage, sizeof usage - 1);
		return 2;
	}
	/* N non-zero bytes then a NUL (strlen's end), with memchr's 'x' as the last byte. */
	for (size_t i = 0; i < sizeof src; i++)
		src[i] = 'a' + i % 23;
	src[off + n] = 0;
	if (n)
		src[off + n - 1] = 'x';
	for (size_t i = 0; i + off < sizeof src; i++)
		dst[i] = src[off + i];
	for (size_t i = 0; i < sizeof ops / sizeof *ops; i++)
		if (!strcmp(argv[1], ops[i].name)) {
			while (rounds--)
				ops[i].fn(dst, src + off, n);
			return 0;
		}
	write(2, "unknown OP\n", 11);
	return 2;
}
