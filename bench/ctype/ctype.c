/*
 * ctype micro-benchmark: "ctype OP" runs bench_OP (for callgrind's
 * --toggle-collect=bench_*) over a 64 KB buffer of mixed text: letters,
 * digits, spaces, punctuation and bytes above 127.  OP "none" runs the same
 * loop with an empty test, to subtract.  The *_macro cases use the header's
 * own macro or inline (what a program compiled against that libc runs), the
 * *_fn cases call the real function through a pointer.  Builds against any
 * libc; prints the count so the work cannot be dropped.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define LEN 65536

static unsigned char text[LEN];
static int (*volatile isalpha_p)(int) = isalpha;
static int (*volatile toupper_p)(int) = toupper;

static void fill(void)
{
	static const char sample[] = "The quick brown fox, 42 times; jumps over\tthe lazy dog!\n";
	unsigned x = 12345;

	for (size_t i = 0; i < LEN; i++) {
		x = x * 1103515245 + 12345;
		text[i] = (x >> 16) % 16 == 0 ? 0x80 + (x >> 8) % 128 : sample[i % (sizeof sample - 1)];
	}
}

__attribute__((noinline)) long bench_none(void)
{
	long n = 0;

	for (size_t i = 0; i < LEN; i++) {
		__asm__ volatile("" : "+r"(n));
		n += text[i] & 1;
	}
	return n;
}

__attribute__((noinline)) long bench_isalpha_macro(void)
{
	long n = 0;

	for (size_t i = 0; i < LEN; i++) {
		__asm__ volatile("" : "+r"(n));
		n += !!isalpha(text[i]);
	}
	return n;
}

__attribute__((noinline)) long bench_isalpha_fn(void)
{
	long n = 0;

	for (size_t i = 0; i < LEN; i++) {
		__asm__ volatile("" : "+r"(n));
		n += !!isalpha_p(text[i]);
	}
	return n;
}

/* Words: alnum runs between spaces, the loop of a tokenizer or wc. */
__attribute__((noinline)) long bench_words_macro(void)
{
	long n = 0;
	int in = 0;

	for (size_t i = 0; i < LEN; i++) {
		__asm__ volatile("" : "+r"(n));
		if (isspace(text[i]) || ispunct(text[i]))
			in = 0;
		else if (isalnum(text[i]) && !in)
			in = 1, n++;
	}
	return n;
}

__attribute__((noinline)) long bench_toupper_macro(void)
{
	long n = 0;

	for (size_t i = 0; i < LEN; i++) {
		__asm__ volatile("" : "+r"(n));
		n += toupper(text[i]);
	}
	return n;
}

__attribute__((noinline)) long bench_toupper_fn(void)
{
	long n = 0;

	for (size_t i = 0; i < LEN; i++) {
		__asm__ volatile("" : "+r"(n));
		n += toupper_p(text[i]);
	}
	return n;
}

int main(int argc, char **argv)
{
	static const struct { const char *name; long (*fn)(void); } ops[] = {
		{ "none", bench_none },
		{ "isalpha_macro", bench_isalpha_macro },
		{ "isalpha_fn", bench_isalpha_fn },
		{ "words_macro", bench_words_macro },
		{ "toupper_macro", bench_toupper_macro },
		{ "toupper_fn", bench_toupper_fn },
	};
	char buf[24], *p = buf + sizeof buf;
	long r = -1;

	fill();
	for (size_t i = 0; argc > 1 && i < sizeof ops / sizeof *ops; i++)
		if (!strcmp(argv[1], ops[i].name))
			r = ops[i].fn();
	if (r < 0)
		return 2;
	*--p = '\n';
	do
		*--p = '0' + r % 10;
	while (r /= 10);
	write(1, p, buf + sizeof buf - p);
	return 0;
}
