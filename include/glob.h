/*
 * glob and globfree: pathname expansion with fnmatch's wildcards, one
 * component at a time; glibc's flag and error values.
 */
#ifndef _GLOB_H
#define _GLOB_H

#include <features.h>
#include <stddef.h>

__TD_BEGIN_DECLS

typedef struct {
	size_t gl_pathc;
	char **gl_pathv;
	size_t gl_offs;
} glob_t;

#define GLOB_ERR      1
#define GLOB_MARK     2
#define GLOB_NOSORT   4
#define GLOB_DOOFFS   8
#define GLOB_NOCHECK  16
#define GLOB_APPEND   32
#define GLOB_NOESCAPE 64

#define GLOB_NOSPACE 1
#define GLOB_ABORTED 2
#define GLOB_NOMATCH 3
#define GLOB_NOSYS   4

int glob(const char *__restrict_arg pattern, int flags, int (*errfunc)(const char *path, int err),
	glob_t *__restrict_arg pglob);
void globfree(glob_t *pglob);

__TD_END_DECLS

#endif
