/* The writer behind err, warn and their v and x forms. */
#ifndef TRAPDOOR_ERR_IMPL_H
#define TRAPDOOR_ERR_IMPL_H

#include <stdarg.h>
#include "libc.h"

/* "prog: fmt..." and, when with_errno, ": strerror(errno)"; then a newline. */
hidden void __vwarn_any(const char *fmt, va_list ap, int with_errno);

#endif
