#ifndef _STDLIB_H
#define _STDLIB_H

#include <features.h>
#include <stddef.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

__TD_BEGIN_DECLS

_Noreturn void exit(int status);
_Noreturn void _Exit(int status);
_Noreturn void abort(void);
int atexit(void (*func)(void));
char *getenv(const char *name);
void *malloc(size_t n);
void *calloc(size_t m, size_t n);
void *realloc(void *p, size_t n);
void *reallocarray(void *p, size_t m, size_t n);
void free(void *p);
void *aligned_alloc(size_t align, size_t n);
int posix_memalign(void **res, size_t align, size_t n);
int system(const char *command);
long strtol(const char *__restrict_arg s, char **__restrict_arg end, int base);
unsigned long strtoul(const char *__restrict_arg s, char **__restrict_arg end, int base);
long long strtoll(const char *__restrict_arg s, char **__restrict_arg end, int base);
unsigned long long strtoull(const char *__restrict_arg s, char **__restrict_arg end, int base);
int atoi(const char *s);
long atol(const char *s);
long long atoll(const char *s);

void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));
#ifdef __TD_GNU
void qsort_r(void *base, size_t n, size_t size,
	     int (*cmp)(const void *, const void *, void *), void *arg);
#endif

__TD_END_DECLS

#endif
