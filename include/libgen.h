/*
 * POSIX basename and dirname: both may write into path (trailing slashes
 * are cut) and return a pointer into it or to a static ".".  As in glibc,
 * basename here is __xpg_basename, so that <string.h>'s GNU basename, which
 * _GNU_SOURCE declares, keeps its own name.
 */
#ifndef _LIBGEN_H
#define _LIBGEN_H

#include <features.h>

__TD_BEGIN_DECLS
char *dirname(char *path);
char *__xpg_basename(char *path);
__TD_END_DECLS

#define basename __xpg_basename

#endif
