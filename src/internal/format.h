/*
 * The formatting core behind the printf family.
 *
 * It writes into a sink: a window [pos, end) of free buffer space and an
 * overflow function for bytes that do not fit (a stream flushes, snprintf
 * drops).  It includes only the standard headers a hosted compiler also has,
 * so test/unit/printf_diff.c compiles the very same sources against glibc.
 *
 * Floating point (__fmt_fp.c) and %m's messages (strerror) are reached only
 * through the struct __fmt_ops the caller passes, or not at all when it
 * passes none: stdio.h picks, call by call, the smallest set the call can
 * need, so a program that never formats a float does not link the
 * big-number code, nor one that never formats %m the message table.
 */
#ifndef TRAPDOOR_FORMAT_H
#define TRAPDOOR_FORMAT_H

#include <stdarg.h>
#include <stddef.h>
#include "libc.h"

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
#define FMT_GROUP 32    /* ': no effect in the C locale */

struct __fmt_spec {
	int flags;
	int width;      /* 0 when absent */
	int prec;       /* -1 when absent */
	char conv;      /* a A e E f F g G */
};

/* Formats one double (is_long 0) or long double (is_long 1) read from val. */
typedef void __fmt_fp_fn(struct __fmt_sink *o, const struct __fmt_spec *s,
			 const void *val, int is_long);

struct __fmt_ops {
	__fmt_fp_fn *fp;                /* a A e E f F g G, or NULL */
	char *(*strerror)(int);         /* m, or NULL */
	const char *(*errname)(int);    /* #m: "ENOENT", or NULL for a number without a name */
};

/* Both (printf, vprintf, ...), and %m's alone; defined one per file. */
extern const struct __fmt_ops __fmt_ops_all, __fmt_ops_errno;

hidden int __vformat(struct __fmt_sink *o, const char *fmt, va_list ap,
		     const struct __fmt_ops *ops);
hidden __fmt_fp_fn __fmt_fp;

/* "00".."99": two decimal digits per division. */
extern hidden const char __fmt_digit_pairs[];

hidden void __fmt_out(struct __fmt_sink *o, const char *s, size_t n);
hidden void __fmt_pad(struct __fmt_sink *o, int c, long n);

#endif
