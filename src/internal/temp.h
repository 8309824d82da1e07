/* Shared by mkstemp, mkostemp, mkstemps, mkdtemp and mktemp. */
#ifndef TRAPDOOR_TEMP_H
#define TRAPDOOR_TEMP_H

#include "libc.h"

/* Six characters of [A-Za-z0-9] into p, different on every call. */
hidden void __randname(char *p);

/*
 * Fill the XXXXXX that ends template (before suffixlen more bytes) and
 * create the file with open's extra flags; the fd, or -1 with EINVAL (no
 * XXXXXX there), EEXIST (every name tried was taken) or open's errno.
 */
hidden int __mkostemps(char *template, int suffixlen, int flags);

/* Where the six X are, or NULL (and EINVAL) when template does not have them. */
hidden char *__temp_xs(char *template, int suffixlen);

/* How many names to try before giving up with EEXIST, as glibc (62^3). */
#define TEMP_TRIES 238328

#endif
