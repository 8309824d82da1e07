#define _DEFAULT_SOURCE
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "syscall.h"

static char *cwd(char *buf, size_t size)
{
	long r = __syscall(SYS_getcwd, buf, size);

	if (r < 0) {
		__syscall_ret(r);
		return NULL;
	}
	/* Linux reports a directory outside our root as "(unreachable)/...". */
	if (r == 0 || buf[0] != '/') {
		errno = ENOENT;
		return NULL;
	}
	return buf;
}

/* A NULL buf is allocated, as glibc and musl do: size bytes, or as many as needed if 0. */
char *getcwd(char *buf, size_t size)
{
	char path[PATH_MAX], *r;

	if (buf) {
		if (!size) {
			errno = EINVAL;
			return NULL;
		}
		return cwd(buf, size);
	}
	if (!size)
		return cwd(path, sizeof path) ? strdup(path) : NULL;
	if (!(buf = malloc(size)))
		return NULL;
	if (!(r = cwd(buf, size)))
		free(buf);
	return r;
}
