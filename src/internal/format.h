/*
 * The formatting core behind the printf family.
 *
 * It writes into a sink: a window [pos, end) of free buffer space and an
 * overflow function for bytes that do not fit (a stream flushes, snprintf
 * drops).  It includes only the standard headers a hosted compiler also has,
 * so test/unit/printf_diff.c compiles the very same sources against glibc.
 *
 * Floating point lives apart in __fmt_fp.c and is reached only through the
 * pointer the caller passes: the lean entry points (stdio.h picks them when
 * no argument of a call has floating type) pass none, so the big-number
 * code is not linked into programs that never format a float.
 */
#ifndef TRAPDOOR_FORMAT_H
#define TRAPDOOR_FORMAT_H

#include <stdarg.h>
#include <stddef.h>

struct __fmt_sink {
	char *pos, *end;
	size_t count;   /* bytes produced, whether kept or dropped */
	int error;      /* set by overflow when output failed; errno is set */
	void (*overflow)(struct __fmt_sink *o, const char *s, size_t n);
	void *cookie;
};

/* Flags of one conversion specification. */
#define FMT_LEFT  1
#define FMT_PLUS  2
#define FMT_SPACE 4
#define FMT_ALT   8
#define FMT_ZERO  16

struct __fmt_spec {
	int flags;
	int width;      /* 0 when absent */
	int prec;       /* -1 when absent */
	char conv;      /* a A e E f F g G */
};

/* Formats one double (is_long 0) or long double (is_long 1) read from val. */
typedef void __fmt_fp_fn(struct __fmt_sink *o, const struct __fmt_spec *s,
			 const void *val, int is_long);

int __vformat(struct __fmt_sink *o, const char *fmt, va_list ap, __fmt_fp_fn *fp);
__fmt_fp_fn __fmt_fp;

/* "00".."99": two decimal digits per division. */
extern const char __fmt_digit_pairs[];

void __fmt_out(struct __fmt_sink *o, const char *s, size_t n);
void __fmt_pad(struct __fmt_sink *o, int c, long n);

#endif
