#define _DEFAULT_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include "syscall.h"
#include "temp.h"

char *mkdtemp(char *template)
{
	char *x = __temp_xs(template, 0);
	long r = -EEXIST;

	if (!x)
		return NULL;
	for (long i = 0; i < TEMP_TRIES && r == -EEXIST; i++) {
		__randname(x);
		r = __syscall(SYS_mkdirat, AT_FDCWD, template, 0700);
		if (!r)
			return template;
	}
	memcpy(x, "XXXXXX", 6);
	errno = -r;
	return NULL;
}
