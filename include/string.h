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
char *strtok(char *__restrict_arg s, const char *__restrict_arg sep);
int strcoll(const char *a, const char *b);
size_t strxfrm(char *__restrict_arg dst, const char *__restrict_arg src, size_t n);

/* C23 has strdup and strndup; before it, they are POSIX's. */
#if defined(__TD_POSIX) || (defined(__STDC_VERSION__) && __STDC_VERSION__ > 201710L)
char *strdup(const char *s);
char *strndup(const char *s, size_t max);
#endif

#ifdef __TD_POSIX
size_t strnlen(const char *s, size_t max);
char *strtok_r(char *__restrict_arg s, const char *__restrict_arg sep,
	       char **__restrict_arg save);
char *stpcpy(char *__restrict_arg dst, const char *__restrict_arg src);
char *stpncpy(char *__restrict_arg dst, const char *__restrict_arg src, size_t n);
char *strsignal(int sig);
#endif

/*
 * strerror_r is POSIX's (an int, the text in buf) unless _GNU_SOURCE asks
 * for GNU's (a char *, maybe not buf), as in glibc: the POSIX one is linked
 * as __xpg_strerror_r.
 */
#ifdef __TD_GNU
char *strerror_r(int errnum, char *buf, size_t size);
#elif defined(__TD_POSIX)
int strerror_r(int errnum, char *buf, size_t size) __asm__("__xpg_strerror_r");
#endif

#ifdef __TD_MISC
char *strsep(char **sp, const char *sep);
size_t strlcpy(char *__restrict_arg dst, const char *__restrict_arg src, size_t size);
size_t strlcat(char *__restrict_arg dst, const char *__restrict_arg src, size_t size);
void explicit_bzero(void *s, size_t n);
#endif

#ifdef __TD_GNU
const char *strerrorname_np(int errnum);
char *strcasestr(const char *s, const char *find);
int strverscmp(const char *l, const char *r);
void *memmem(const void *hay, size_t len, const void *needle, size_t n);
void *memrchr(const void *s, int c, size_t n);
void *mempcpy(void *__restrict_arg dst, const void *__restrict_arg src, size_t n);
char *strchrnul(const char *s, int c);
/* GNU's basename: the part after the last slash, "" for "dir/"; <libgen.h> has POSIX's. */
#ifndef basename
char *basename(const char *path);
#endif
#endif

__TD_END_DECLS

#ifdef __TD_MISC
#include <strings.h>
#endif

#endif
