#ifndef _MALLOC_H
#define _MALLOC_H

#include <features.h>
#include <stddef.h>

__TD_BEGIN_DECLS

void *malloc(size_t n);
void *calloc(size_t m, size_t n);
void *realloc(void *p, size_t n);
void free(void *p);
void *memalign(size_t align, size_t n);
size_t malloc_usable_size(void *p);

__TD_END_DECLS

#endif
