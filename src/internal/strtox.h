/* The one integer parser behind strtol, strtoul, strtoll, strtoull and atoi. */
#ifndef TRAPDOOR_STRTOX_H
#define TRAPDOOR_STRTOX_H

#include "libc.h"

/*
 * Parses as strtoull does, but clamps to lim (and -(lim + 1) when
 * is_signed) with ERANGE; the result is returned as the unsigned bits of
 * the value, for the caller to convert to its type.
 */
hidden unsigned long long __strtox(const char *s, char **end, int base,
				   unsigned long long lim, int is_signed);

#endif
