#ifndef _STRING_H
#define _STRING_H

#include <features.h>
#include <stddef.h>

__TD_BEGIN_DECLS

void *memcpy(void *__restrict_arg dst, const void *__restrict_arg src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);
size_t strlen(const char *s);
size_t strnlen(const char *s, size_t max);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strcpy(char *__restrict_arg dst, const char *__restrict_arg src);
char *strncpy(char *__restrict_arg dst, const char *__restrict_arg src, size_t n);
char *strcat(char *__restrict_arg dst, const char *__restrict_arg src);
char *strncat(char *__restrict_arg dst, const char *__restrict_arg src, size_t n);
char *strstr(const char *s, const char *find);
size_t strspn(const char *s, const char *accept);
size_t strcspn(const char *s, const char *reject);
char *strpbrk(const char *s, const char *accept);
char *strerror(int errnum);
const char *strerrorname_np(int errnum);
char *strdup(const char *s);
char *strndup(const char *s, size_t max);

__TD_END_DECLS

#endif
