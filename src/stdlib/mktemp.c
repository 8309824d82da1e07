#define _DEFAULT_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include "syscall.h"
#include "temp.h"

/*
 * A name nothing has yet, with no promise that it stays free: readlinkat
 * tells "missing" (ENOENT) from "there" (a link, or EINVAL for any other
 * file) without following a dangling link.  On failure template is "".
 */
char *mktemp(char *template)
{
	char *x = __temp_xs(template, 0), c;
	long r;

	if (!x) {
		*template = 0;
		return template;
	}
	for (long i = 0; i < TEMP_TRIES; i++) {
		__randname(x);
		r = __syscall(SYS_readlinkat, AT_FDCWD, template, &c, 1);
		if (r == -ENOENT)
			return template;
		if (r < 0 && r != -EINVAL) {
			errno = -r;
			*template = 0;
			return template;
		}
	}
	errno = EEXIST;
	*template = 0;
	return template;
}
