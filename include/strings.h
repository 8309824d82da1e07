#ifndef _STRINGS_H
#define _STRINGS_H

#include <features.h>
#include <stddef.h>

__TD_BEGIN_DECLS

int bcmp(const void *a, const void *b, size_t n);

__TD_END_DECLS

#endif
