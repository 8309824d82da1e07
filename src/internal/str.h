/* Private helpers of the string area. */
#ifndef TRAPDOOR_STR_H
#define TRAPDOOR_STR_H

#include <stddef.h>
#include "libc.h"

/* strerror's text for a number Linux uses, NULL for any other. */
hidden const char *__strerror_known(int errnum);

/*
 * "Unknown error N" into buf, cut to size (with its NUL) when too long;
 * returns the full length it wanted.
 */
hidden size_t __strerror_unknown(int errnum, char *buf, size_t size);

#endif
