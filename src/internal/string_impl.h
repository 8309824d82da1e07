/* Reserved names of <string.h> functions the library calls itself. */
#ifndef TRAPDOOR_STRING_IMPL_H
#define TRAPDOOR_STRING_IMPL_H

#include <string.h>
#include "libc.h"

hidden size_t __strnlen(const char *s, size_t max);

#endif
