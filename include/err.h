/*
 * BSD's error messages: "prog: " (argv[0] after its last slash), the
 * formatted text, and for err/warn ": " and strerror(errno), on stderr;
 * the err forms then exit with eval.
 */
#ifndef _ERR_H
#define _ERR_H

#include <features.h>
#include <stdarg.h>

#define __TD_FMT(i, j) __attribute__((__format__(__printf__, i, j)))

__TD_BEGIN_DECLS
void warn(const char *fmt, ...) __TD_FMT(1, 2);
void vwarn(const char *fmt, va_list ap) __TD_FMT(1, 0);
void warnx(const char *fmt, ...) __TD_FMT(1, 2);
void vwarnx(const char *fmt, va_list ap) __TD_FMT(1, 0);
_Noreturn void err(int eval, const char *fmt, ...) __TD_FMT(2, 3);
_Noreturn void verr(int eval, const char *fmt, va_list ap) __TD_FMT(2, 0);
_Noreturn void errx(int eval, const char *fmt, ...) __TD_FMT(2, 3);
_Noreturn void verrx(int eval, const char *fmt, va_list ap) __TD_FMT(2, 0);
__TD_END_DECLS

#undef __TD_FMT

#endif
