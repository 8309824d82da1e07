/* Reserved names of <string.h> functions the library calls itself. */
#ifndef TRAPDOOR_STRING_IMPL_H
#define TRAPDOOR_STRING_IMPL_H

#include <string.h>
#include "libc.h"

hidden size_t __strnlen(const char *s, size_t max);
hidden char *__index(const char *s, int c);
hidden int __strncasecmp(const char *a, const char *b, size_t n);
hidden const char *__strerrorname_np(int errnum);
hidden int __strverscmp(const char *l, const char *r);
hidden char *__strsignal(int sig);

/* POSIX's strerror_r, the symbol <string.h> binds strerror_r to without _GNU_SOURCE. */
int __xpg_strerror_r(int errnum, char *buf, size_t size);


/* strerror's text for a number Linux uses, NULL for any other. */
hidden const char *__strerror_known(int errnum);

/*
 * "Unknown error N" into buf, cut to size (with its NUL) when too long;
 * returns the full length it wanted.
 */
hidden size_t __strerror_unknown(int errnum, char *buf, size_t size);

#endif
