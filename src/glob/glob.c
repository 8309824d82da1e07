#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <glob.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "dirent_impl.h"
#include "regex_impl.h"
#include "stat_impl.h"

/*
 * The pattern is expanded one '/'-separated component at a time into a path
 * buffer: a component without wildcards is appended as it is (its
 * existence checked once at the end), one with wildcards is matched with
 * fnmatch against each entry of the directory built so far.  Recursion
 * follows the components, and a path is never longer than PATH_MAX.
 */
struct globber {
	int flags;
	int (*errfunc)(const char *, int);
	char **v;
	size_t n, cap;
	char path[PATH_MAX + 1];
};

static int is_dir(const char *path)
{
	struct stat st;

	return !__fstatat(AT_FDCWD, path, &st, 0) && S_ISDIR(st.st_mode);
}

static int add(struct globber *g, const char *path, size_t len)
{
	int mark = (g->flags & GLOB_MARK) && len && path[len - 1] != '/' && is_dir(path);
	char **v, *s;

	if (g->n == g->cap) {
		size_t cap = g->cap ? 2 * g->cap : 16;
		if (!(v = realloc(g->v, cap * sizeof *v)))
			return GLOB_NOSPACE;
		g->v = v;
		g->cap = cap;
	}
	if (!(s = malloc(len + mark + 1)))
		return GLOB_NOSPACE;
	memcpy(s, path, len);
	if (mark)
		s[len++] = '/';
	s[len] = 0;
	g->v[g->n++] = s;
	return 0;
}

/* Whether component p (n bytes) has a wildcard, and its length unescaped into out. */
static int magic(struct globber *g, const char *p, size_t n, char *out, size_t *outlen)
{
	int escapes = !(g->flags & GLOB_NOESCAPE), found = 0;
	size_t i, k = 0;

	for (i = 0; i < n; i++) {
		if (escapes && p[i] == '\\' && i + 1 < n)
			i++;
		else if (p[i] == '*' || p[i] == '?' || p[i] == '[')
			found = 1;
		if (out)
			out[k++] = p[i];
	}
	*outlen = k;
	return found;
}

static int expand(struct globber *g, size_t len, const char *pat, int exists);

static int scan(struct globber *g, size_t len, const char *pat, size_t n)
{
	char comp[NAME_MAX * 2 + 2];
	struct dirent *de;
	size_t k;
	int r = 0, fl = FNM_PERIOD | (g->flags & GLOB_NOESCAPE ? FNM_NOESCAPE : 0);
	DIR *d;

	if (n >= sizeof comp)
		return 0;
	memcpy(comp, pat, n);
	comp[n] = 0;
	g->path[len] = 0;
	if (!(d = __opendir(len ? g->path : "."))) {
		if (errno == ENOENT || errno == ENOTDIR)
			return 0;
		if ((g->errfunc && g->errfunc(len ? g->path : ".", errno)) || (g->flags & GLOB_ERR))
			return GLOB_ABORTED;
		return 0;
	}
	while (!r && (de = __readdir(d))) {
		k = strlen(de->d_name);
		if (__fnmatch(comp, de->d_name, fl) || len + k > PATH_MAX)
			continue;
		memcpy(g->path + len, de->d_name, k);
		r = expand(g, len + k, pat + n, 1);
	}
	__closedir(d);
	return r;
}

/* Expands pat after path[0..len); exists: that path is known to exist. */
static int expand(struct globber *g, size_t len, const char *pat, int exists)
{
	const char *end;
	size_t n, k;

	for (; *pat == '/'; pat++, exists = 0) {
		if (len == PATH_MAX)
			return 0;
		g->path[len++] = '/';
	}
	g->path[len] = 0;
	if (!*pat) {
		struct stat st;
		if (!exists && __fstatat(AT_FDCWD, g->path, &st, AT_SYMLINK_NOFOLLOW))
			return 0;
		return add(g, g->path, len);
	}
	end = strchr(pat, '/');
	n = end ? (size_t)(end - pat) : strlen(pat);
	if (magic(g, pat, n, 0, &k))
		return scan(g, len, pat, n);
	if (len + n > PATH_MAX)
		return 0;
	magic(g, pat, n, g->path + len, &k);
	return expand(g, len + k, pat + n, 0);
}

static int compare(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Appends the new paths (or frees them on failure) to pglob's vector. */
static int merge(struct globber *g, glob_t *pglob, int r)
{
	size_t offs = pglob->gl_offs, old = pglob->gl_pathc, i;
	char **v = realloc(pglob->gl_pathv, (offs + old + g->n + 1) * sizeof *v);

	if (!v) {
		for (i = 0; i < g->n; i++)
			free(g->v[i]);
		free(g->v);
		return GLOB_NOSPACE;
	}
	if (!pglob->gl_pathv)
		for (i = 0; i < offs; i++)
			v[i] = 0;
	if (g->n)
		memcpy(v + offs + old, g->v, g->n * sizeof *v);
	v[offs + old + g->n] = 0;
	pglob->gl_pathv = v;
	pglob->gl_pathc = old + g->n;
	free(g->v);
	return r;
}

int glob(const char *restrict pattern, int flags, int (*errfunc)(const char *, int),
	glob_t *restrict pglob)
{
	struct globber *g = malloc(sizeof *g);
	int r;

	if (!(flags & GLOB_APPEND)) {
		pglob->gl_pathc = 0;
		pglob->gl_pathv = 0;
		if (!(flags & GLOB_DOOFFS))
			pglob->gl_offs = 0;
	}
	if (!g)
		return GLOB_NOSPACE;
	*g = (struct globber){ .flags = flags, .errfunc = errfunc };
	r = expand(g, 0, pattern, 0);
	if (!r && !g->n && (flags & GLOB_NOCHECK))
		r = add(g, pattern, strlen(pattern));
	if (!(flags & GLOB_NOSORT) && g->n)
		qsort(g->v, g->n, sizeof *g->v, compare);
	r = merge(g, pglob, r);
	if (!r && !g->n)
		r = GLOB_NOMATCH;
	free(g);
	return r;
}
