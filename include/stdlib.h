#ifndef _STDLIB_H
#define _STDLIB_H

#include <features.h>
#include <stddef.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 2147483647

typedef struct {
	int quot;
	int rem;
} div_t;
typedef struct {
	long quot;
	long rem;
} ldiv_t;
typedef struct {
	long long quot;
	long long rem;
} lldiv_t;

__TD_BEGIN_DECLS

_Noreturn void exit(int status);
_Noreturn void _Exit(int status);
_Noreturn void abort(void);
int atexit(void (*func)(void));
char *getenv(const char *name);
void *malloc(size_t n);
void *calloc(size_t m, size_t n);
void *realloc(void *p, size_t n);
void free(void *p);
void *aligned_alloc(size_t align, size_t n);
int system(const char *command);
long strtol(const char *__restrict_arg s, char **__restrict_arg end, int base);
unsigned long strtoul(const char *__restrict_arg s, char **__restrict_arg end, int base);
long long strtoll(const char *__restrict_arg s, char **__restrict_arg end, int base);
unsigned long long strtoull(const char *__restrict_arg s, char **__restrict_arg end, int base);
int atoi(const char *s);
long atol(const char *s);
long long atoll(const char *s);
double strtod(const char *__restrict_arg s, char **__restrict_arg end);
float strtof(const char *__restrict_arg s, char **__restrict_arg end);
long double strtold(const char *__restrict_arg s, char **__restrict_arg end);
double atof(const char *s);
void *bsearch(const void *key, const void *base, size_t n, size_t size,
	      int (*cmp)(const void *, const void *));
int abs(int j);
long labs(long j);
long long llabs(long long j);
div_t div(int num, int den);
ldiv_t ldiv(long num, long den);
lldiv_t lldiv(long long num, long long den);
int rand(void);
void srand(unsigned seed);
#if (defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L) || defined(__cplusplus) || \
	defined(__TD_MISC)
int at_quick_exit(void (*func)(void));
_Noreturn void quick_exit(int status);
#endif

#ifdef __TD_POSIX
int posix_memalign(void **res, size_t align, size_t n);
int rand_r(unsigned *seed);
int setenv(const char *name, const char *value, int overwrite);
int unsetenv(const char *name);
int mkstemp(char *tmpl);
char *mkdtemp(char *tmpl);
#endif

#ifdef __TD_XOPEN
long random(void);
void srandom(unsigned seed);
char *initstate(unsigned seed, char *state, size_t n);
char *setstate(char *state);
double drand48(void);
double erand48(unsigned short xsubi[3]);
long lrand48(void);
long nrand48(unsigned short xsubi[3]);
long mrand48(void);
long jrand48(unsigned short xsubi[3]);
void srand48(long seed);
unsigned short *seed48(unsigned short seed[3]);
void lcong48(unsigned short param[7]);
int putenv(char *string);
char *realpath(const char *__restrict_arg path, char *__restrict_arg resolved);
int getsubopt(char **opt, char *const *keys, char **value);
int posix_openpt(int flags);
int grantpt(int fd);
int unlockpt(int fd);
char *ptsname(int fd);
#endif

#ifdef __TD_MISC
void *reallocarray(void *p, size_t m, size_t n);
int clearenv(void);
int mkstemps(char *tmpl, int suffixlen);
char *mktemp(char *tmpl);
#endif

#ifdef __TD_GNU
int ptsname_r(int fd, char *buf, size_t len);
int mkostemp(char *tmpl, int flags);
int mkostemps(char *tmpl, int suffixlen, int flags);
#endif

void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));
#ifdef __TD_GNU
void qsort_r(void *base, size_t n, size_t size,
	     int (*cmp)(const void *, const void *, void *), void *arg);
#endif

__TD_END_DECLS

#endif
