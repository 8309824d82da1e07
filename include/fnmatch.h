/*
 * fnmatch: shell wildcard matching (* ? [...] with classes and ranges),
 * glibc's flag values; FNM_LEADING_DIR and FNM_CASEFOLD are GNU's.
 */
#ifndef _FNMATCH_H
#define _FNMATCH_H

#include <features.h>

__TD_BEGIN_DECLS

#define FNM_PATHNAME 1
#define FNM_NOESCAPE 2
#define FNM_PERIOD   4
#define FNM_NOMATCH  1

#if defined(__TD_GNU) || defined(__TD_MISC)
#define FNM_FILE_NAME   FNM_PATHNAME
#define FNM_LEADING_DIR 8
#define FNM_CASEFOLD    16
#define FNM_IGNORECASE  FNM_CASEFOLD
#endif

int fnmatch(const char *pattern, const char *string, int flags);

__TD_END_DECLS

#endif
