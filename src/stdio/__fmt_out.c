/* The formatting core's output primitives (see format.h). */
#include <limits.h>
#include <stddef.h>
#include <string.h>
#include "format.h"

const char __fmt_digit_pairs[] =
	"00010203040506070809101112131415161718192021222324252627282930313233343536373839"
	"40414243444546474849505152535455565758596061626364656667686970717273747576777879"
	"8081828384858687888990919293949596979899";

void __fmt_out(struct __fmt_sink *o, const char *s, size_t n)
{
	o->count += n;
	if (n <= (size_t)(o->end - o->pos)) {
		char *p = o->pos;

		o->pos += n;
		/*
		 * Most pieces are a few bytes: two overlapping fixed-size copies
		 * cost less than a call or a loop.  The builtin, because the
		 * library's -ffreestanding would keep plain memcpy a call.
		 */
		if (n > 16) {
			memcpy(p, s, n);
		} else if (n >= 8) {
			__builtin_memcpy(p, s, 8);
			__builtin_memcpy(p + n - 8, s + n - 8, 8);
		} else if (n >= 4) {
			__builtin_memcpy(p, s, 4);
			__builtin_memcpy(p + n - 4, s + n - 4, 4);
		} else if (n) {
			p[0] = s[0];
			p[n / 2] = s[n / 2];
			p[n - 1] = s[n - 1];
		}
	} else {
		o->overflow(o, s, n);
	}
}

void __fmt_pad(struct __fmt_sink *o, int c, long n)
{
	char b[32];

	if (n <= 0)
		return;
	/* Past INT_MAX the call fails with EOVERFLOW: do not spend time writing. */
	if (o->count + n > INT_MAX) {
		o->count += n;
		return;
	}
	memset(b, c, n < 32 ? n : 32);
	for (; n > 32; n -= 32)
		__fmt_out(o, b, 32);
	__fmt_out(o, b, n);
}
