#define _DEFAULT_SOURCE 1
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include "syscall.h"

#define SYMLOOP_MAX 40

/*
 * Is out[0..q), a resolved path ("" for the root), a directory?  Asking
 * readlinkat about "path/" answers EINVAL for a directory (it exists and
 * is no link) and ENOTDIR for anything else, without a struct stat.
 */
static long check_dir(char *out, size_t q)
{
	char c;
	long r;

	if (!q)
		return 0;
	out[q] = '/';
	out[q + 1] = 0;
	r = __syscall(SYS_readlinkat, AT_FDCWD, out, &c, 1);
	out[q] = 0;
	return r == -EINVAL ? 0 : r < 0 ? r : -ENOTDIR;
}

/*
 * Resolve in user space, one component at a time: out holds the path
 * resolved so far, and the rest waits at the end of todo[]; a symbolic
 * link's target is put in front of the rest.  Errors are the kernel's
 * answers for the component that failed.
 */
static long resolve(const char *path, char *out)
{
	char todo[PATH_MAX + 1], link[PATH_MAX];
	size_t p, q = 0, l = strlen(path), links = 0;
	long r;

	if (l >= PATH_MAX)
		return -ENAMETOOLONG;
	p = sizeof todo - l - 1;
	memcpy(todo + p, path, l + 1);
	if (*path != '/') {
		r = __syscall(SYS_getcwd, out, PATH_MAX);
		if (r < 0)
			return r;
		q = strlen(out);
		if (q == 1)
			q = 0;
	}
	for (;;) {
		while (todo[p] == '/')
			p++;
		if (!todo[p])
			return q;
		l = strcspn(todo + p, "/");
		if (l <= 2 && !memcmp(todo + p, "..", l)) {
			if ((r = check_dir(out, q)))
				return r;
			if (l == 2)
				while (q && out[--q] != '/')
					;
			out[q] = 0;
			p += l;
			continue;
		}
		if (q + 1 + l >= PATH_MAX)
			return -ENAMETOOLONG;
		out[q] = '/';
		memcpy(out + q + 1, todo + p, l);
		out[q + 1 + l] = 0;
		p += l;
		r = __syscall(SYS_readlinkat, AT_FDCWD, out, link, sizeof link);
		if (r == -EINVAL) {
			q += 1 + l;
			if (todo[p] == '/' && !todo[p + strspn(todo + p, "/")] && (r = check_dir(out, q)))
				return r;
			continue;
		}
		if (r < 0)
			return r;
		if (++links == SYMLOOP_MAX)
			return -ELOOP;
		if ((size_t)r == sizeof link || (size_t)r > p)
			return -ENAMETOOLONG;
		out[q] = 0;
		p -= r;
		memcpy(todo + p, link, r);
		if (*link == '/')
			q = 0;
	}
}

/* With resolved NULL the result is malloc'd; else resolved has PATH_MAX bytes. */
char *realpath(const char *restrict path, char *restrict resolved)
{
	char out[PATH_MAX + 1];
	long r;

	if (!path) {
		errno = EINVAL;
		return NULL;
	}
	if (!*path) {
		errno = ENOENT;
		return NULL;
	}
	r = resolve(path, out);
	if (r < 0) {
		errno = -r;
		return NULL;
	}
	if (!r)
		out[r++] = '/';
	out[r] = 0;
	if (!resolved && !(resolved = malloc(r + 1))) {
		errno = ENOMEM;
		return NULL;
	}
	return memcpy(resolved, out, r + 1);
}
