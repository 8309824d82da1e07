#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include "libc.h"
#include "syscall.h"
#include "utoa.h"

static char *put(char *p, char *end, const char *s)
{
	size_t n = strlen(s);

	if (n > (size_t)(end - p))
		n = end - p;
	memcpy(p, s, n);
	return p + n;
}

/*
 * glibc's line, "prog: file:line: func: Assertion `expr' failed.", built in
 * one buffer and written at once without stdio: the program is broken, and
 * the fewer parts of the library that run now the better.  A line too long
 * for the buffer loses the end of its expression, never the tail.
 */
_Noreturn void __assert_fail(const char *expr, const char *file, unsigned line, const char *func)
{
	static const char tail[] = "' failed.\n";
	char buf[1024], num[3 * sizeof line + 1], *p = buf;
	char *end = buf + sizeof buf - (sizeof tail - 1);

	num[sizeof num - 1] = 0;
	if (*__progname) {
		p = put(p, end, __progname);
		p = put(p, end, ": ");
	}
	p = put(p, end, file);
	p = put(p, end, ":");
	p = put(p, end, __utoa_before(num + sizeof num - 1, line));
	p = put(p, end, ": ");
	if (func && *func) {
		p = put(p, end, func);
		p = put(p, end, ": ");
	}
	p = put(p, end, "Assertion `");
	p = put(p, end, expr);
	p = put(p, end + sizeof tail - 1, tail);
	__syscall(SYS_write, 2, buf, p - buf);
	abort();
}
