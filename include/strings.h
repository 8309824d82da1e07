#ifndef _STRINGS_H
#define _STRINGS_H

#include <features.h>
#include <stddef.h>

__TD_BEGIN_DECLS

int bcmp(const void *a, const void *b, size_t n);
void bzero(void *s, size_t n);
char *index(const char *s, int c);
char *rindex(const char *s, int c);
int ffs(int i);
int strcasecmp(const char *a, const char *b);
int strncasecmp(const char *a, const char *b, size_t n);
#ifdef __TD_MISC
int ffsl(long i);
int ffsll(long long i);
#endif

__TD_END_DECLS

#endif
