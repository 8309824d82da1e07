#ifndef _STDIO_H
#define _STDIO_H

#include <features.h>
#include <stddef.h>
#include <bits/alltypes.h>

#define EOF (-1)
#define BUFSIZ 8192
#define FILENAME_MAX 4096
#define FOPEN_MAX 1000

#define L_tmpnam 20
#define TMP_MAX 238328

#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2

#ifndef SEEK_SET
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#endif

typedef struct __FILE FILE;
typedef off_t fpos_t;
typedef __builtin_va_list __td_va_list;

__TD_BEGIN_DECLS

extern FILE *const stdin;
extern FILE *const stdout;
extern FILE *const stderr;
#define stdin (stdin)
#define stdout (stdout)
#define stderr (stderr)

#define __TD_PRINTF(f, a) __attribute__((__format__(__printf__, f, a)))
#define __TD_SCANF(f, a) __attribute__((__format__(__scanf__, f, a)))

FILE *fopen(const char *__restrict_arg path, const char *__restrict_arg mode);
FILE *fdopen(int fd, const char *mode);
FILE *freopen(const char *__restrict_arg path, const char *__restrict_arg mode,
	      FILE *__restrict_arg f);
int fclose(FILE *f);
int fflush(FILE *f);
FILE *popen(const char *command, const char *mode);
int pclose(FILE *f);

size_t fread(void *__restrict_arg ptr, size_t size, size_t n, FILE *__restrict_arg f);
size_t fwrite(const void *__restrict_arg ptr, size_t size, size_t n, FILE *__restrict_arg f);
int fgetc(FILE *f);
int getc(FILE *f);
int getchar(void);
int ungetc(int c, FILE *f);
char *fgets(char *__restrict_arg s, int n, FILE *__restrict_arg f);
ssize_t getline(char **__restrict_arg line, size_t *__restrict_arg n, FILE *__restrict_arg f);
ssize_t getdelim(char **__restrict_arg line, size_t *__restrict_arg n, int delim,
		 FILE *__restrict_arg f);
int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int putchar(int c);
int fputs(const char *__restrict_arg s, FILE *__restrict_arg f);
int puts(const char *s);

int fseek(FILE *f, long offset, int whence);
int fseeko(FILE *f, off_t offset, int whence);
long ftell(FILE *f);
off_t ftello(FILE *f);
void rewind(FILE *f);
int fgetpos(FILE *__restrict_arg f, fpos_t *__restrict_arg pos);
int fsetpos(FILE *f, const fpos_t *pos);
int feof(FILE *f);
int ferror(FILE *f);
void clearerr(FILE *f);
int fileno(FILE *f);
int setvbuf(FILE *__restrict_arg f, char *__restrict_arg buf, int mode, size_t size);
void setbuf(FILE *__restrict_arg f, char *__restrict_arg buf);
void perror(const char *s);

int remove(const char *path);
int rename(const char *old, const char *new);
FILE *tmpfile(void);
char *tmpnam(char *s);

#ifdef __TD_POSIX
#define L_ctermid 9
int renameat(int oldfd, const char *old, int newfd, const char *new);
char *ctermid(char *s);
void flockfile(FILE *f);
int ftrylockfile(FILE *f);
void funlockfile(FILE *f);
int getc_unlocked(FILE *f);
int getchar_unlocked(void);
int putc_unlocked(int c, FILE *f);
int putchar_unlocked(int c);
FILE *fmemopen(void *__restrict_arg buf, size_t size, const char *__restrict_arg mode);
FILE *open_memstream(char **ptr, size_t *sizeloc);
#endif
#if defined(__TD_XOPEN) || defined(__TD_MISC)
#define P_tmpdir "/tmp"
#endif
#ifdef __TD_MISC
int getw(FILE *f);
int putw(int x, FILE *f);
int fflush_unlocked(FILE *f);
size_t fwrite_unlocked(const void *__restrict_arg p, size_t size, size_t n,
		       FILE *__restrict_arg f);
#endif
#ifdef __TD_GNU
int fputs_unlocked(const char *__restrict_arg s, FILE *__restrict_arg f);
char *fgets_unlocked(char *__restrict_arg s, int n, FILE *__restrict_arg f);
/* renameat2's flags, the kernel's. */
#define RENAME_NOREPLACE (1 << 0)
#define RENAME_EXCHANGE  (1 << 1)
#define RENAME_WHITEOUT  (1 << 2)
int renameat2(int oldfd, const char *old, int newfd, const char *new, unsigned int flags);
#endif

int printf(const char *__restrict_arg fmt, ...) __TD_PRINTF(1, 2);
int fprintf(FILE *__restrict_arg f, const char *__restrict_arg fmt, ...) __TD_PRINTF(2, 3);
int dprintf(int fd, const char *__restrict_arg fmt, ...) __TD_PRINTF(2, 3);
int sprintf(char *__restrict_arg s, const char *__restrict_arg fmt, ...) __TD_PRINTF(2, 3);
int snprintf(char *__restrict_arg s, size_t n, const char *__restrict_arg fmt, ...)
	__TD_PRINTF(3, 4);
int asprintf(char **__restrict_arg s, const char *__restrict_arg fmt, ...) __TD_PRINTF(2, 3);
int vprintf(const char *__restrict_arg fmt, __td_va_list ap) __TD_PRINTF(1, 0);
int vfprintf(FILE *__restrict_arg f, const char *__restrict_arg fmt, __td_va_list ap)
	__TD_PRINTF(2, 0);
int vdprintf(int fd, const char *__restrict_arg fmt, __td_va_list ap) __TD_PRINTF(2, 0);
int vsprintf(char *__restrict_arg s, const char *__restrict_arg fmt, __td_va_list ap)
	__TD_PRINTF(2, 0);
int vsnprintf(char *__restrict_arg s, size_t n, const char *__restrict_arg fmt,
	      __td_va_list ap) __TD_PRINTF(3, 0);
int vasprintf(char **__restrict_arg s, const char *__restrict_arg fmt, __td_va_list ap)
	__TD_PRINTF(2, 0);

int scanf(const char *__restrict_arg fmt, ...) __TD_SCANF(1, 2);
int fscanf(FILE *__restrict_arg f, const char *__restrict_arg fmt, ...) __TD_SCANF(2, 3);
int sscanf(const char *__restrict_arg s, const char *__restrict_arg fmt, ...) __TD_SCANF(2, 3);
int vscanf(const char *__restrict_arg fmt, __td_va_list ap) __TD_SCANF(1, 0);
int vfscanf(FILE *__restrict_arg f, const char *__restrict_arg fmt, __td_va_list ap)
	__TD_SCANF(2, 0);
int vsscanf(const char *__restrict_arg s, const char *__restrict_arg fmt, __td_va_list ap)
	__TD_SCANF(2, 0);

/*
 * The same functions, told which optional conversions the call may need
 * (see below); struct __fmt_ops is the library's own.
 */
struct __fmt_ops;
extern const struct __fmt_ops __fmt_ops_all, __fmt_ops_errno;
int __printf_ops(const struct __fmt_ops *ops, const char *__restrict_arg fmt, ...)
	__TD_PRINTF(2, 3);
int __fprintf_ops(const struct __fmt_ops *ops, FILE *__restrict_arg f,
		  const char *__restrict_arg fmt, ...) __TD_PRINTF(3, 4);
int __dprintf_ops(const struct __fmt_ops *ops, int fd, const char *__restrict_arg fmt, ...)
	__TD_PRINTF(3, 4);
int __sprintf_ops(const struct __fmt_ops *ops, char *__restrict_arg s,
		  const char *__restrict_arg fmt, ...) __TD_PRINTF(3, 4);
int __snprintf_ops(const struct __fmt_ops *ops, char *__restrict_arg s, size_t n,
		   const char *__restrict_arg fmt, ...) __TD_PRINTF(4, 5);
int __asprintf_ops(const struct __fmt_ops *ops, char **__restrict_arg s,
		   const char *__restrict_arg fmt, ...) __TD_PRINTF(3, 4);

__TD_END_DECLS

/*
 * A direct call is compiled to pass the optional conversions it can need:
 * the floating-point formatter only if an argument has floating type, and
 * strerror (for %m) unless the format is a string literal with no letter m
 * after its first %, so that a program that never formats a float, or %m,
 * does not link that code.  The check of the format is GCC's and clang's folding of
 * __builtin_strchr on a literal (at every -O level); where nothing folds (a
 * format in a variable) strerror is passed.  Every other use (&printf, the v- forms, C99, C++)
 * gets the complete function.  Define TRAPDOOR_NO_PRINTF_MACROS to turn
 * this off.
 */
#if defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L && !defined(__cplusplus) && \
	!defined(TRAPDOOR_NO_PRINTF_MACROS)
/*
 * GCC and clang classify every real floating type alike (_Float64,
 * _Float32x, _Float64x, __float128 too, which _Generic would see as types
 * apart from double and long double), without evaluating x.
 */
#ifdef __GNUC__
#define __TD_ISFP(x) (__builtin_classify_type(x) == 8)
#else
#define __TD_ISFP(x) _Generic((x), float: 1, double: 1, long double: 1, default: 0)
#endif
#define __TD_FP1(a) __TD_ISFP(a)
#define __TD_FP2(a, ...) __TD_ISFP(a) | __TD_FP1(__VA_ARGS__)
#define __TD_FP3(a, ...) __TD_ISFP(a) | __TD_FP2(__VA_ARGS__)
#define __TD_FP4(a, ...) __TD_ISFP(a) | __TD_FP3(__VA_ARGS__)
#define __TD_FP5(a, ...) __TD_ISFP(a) | __TD_FP4(__VA_ARGS__)
#define __TD_FP6(a, ...) __TD_ISFP(a) | __TD_FP5(__VA_ARGS__)
#define __TD_FP7(a, ...) __TD_ISFP(a) | __TD_FP6(__VA_ARGS__)
#define __TD_FP8(a, ...) __TD_ISFP(a) | __TD_FP7(__VA_ARGS__)
#define __TD_FP9(a, ...) __TD_ISFP(a) | __TD_FP8(__VA_ARGS__)
#define __TD_FP10(a, ...) __TD_ISFP(a) | __TD_FP9(__VA_ARGS__)
#define __TD_FP11(a, ...) __TD_ISFP(a) | __TD_FP10(__VA_ARGS__)
#define __TD_FP12(a, ...) __TD_ISFP(a) | __TD_FP11(__VA_ARGS__)
#define __TD_FP13(a, ...) __TD_ISFP(a) | __TD_FP12(__VA_ARGS__)
#define __TD_FP14(a, ...) __TD_ISFP(a) | __TD_FP13(__VA_ARGS__)
#define __TD_FP15(a, ...) __TD_ISFP(a) | __TD_FP14(__VA_ARGS__)
#define __TD_FP16(a, ...) __TD_ISFP(a) | __TD_FP15(__VA_ARGS__)
/*
 * Counting up to 127 arguments, the least C lets a call have: calls with more
 * than 16 go to the full function without a look at their types.
 */
#define __TD_FPMANY(...) 1
#define __TD_M8 __TD_FPMANY, __TD_FPMANY, __TD_FPMANY, __TD_FPMANY, __TD_FPMANY, \
	__TD_FPMANY, __TD_FPMANY, __TD_FPMANY
#define __TD_M111 __TD_M8, __TD_M8, __TD_M8, __TD_M8, __TD_M8, __TD_M8, __TD_M8, __TD_M8, \
	__TD_M8, __TD_M8, __TD_M8, __TD_M8, __TD_M8, __TD_FPMANY, __TD_FPMANY, __TD_FPMANY, \
	__TD_FPMANY, __TD_FPMANY, __TD_FPMANY, __TD_FPMANY
#define __TD_FPN(_1, _2, _3, _4, _5, _6, _7, _8, _9, _10, _11, _12, _13, _14, _15, _16, _17, _18, _19, \
	_20, _21, _22, _23, _24, _25, _26, _27, _28, _29, _30, _31, _32, _33, _34, _35, _36, \
	_37, _38, _39, _40, _41, _42, _43, _44, _45, _46, _47, _48, _49, _50, _51, _52, _53, \
	_54, _55, _56, _57, _58, _59, _60, _61, _62, _63, _64, _65, _66, _67, _68, _69, _70, \
	_71, _72, _73, _74, _75, _76, _77, _78, _79, _80, _81, _82, _83, _84, _85, _86, _87, \
	_88, _89, _90, _91, _92, _93, _94, _95, _96, _97, _98, _99, _100, _101, _102, _103, \
	_104, _105, _106, _107, _108, _109, _110, _111, _112, _113, _114, _115, _116, _117, \
	_118, _119, _120, _121, _122, _123, _124, _125, _126, _127, n, ...) n
#define __TD_FPN_(...) __TD_FPN(__VA_ARGS__)
#define __TD_ANYFP(...) (__TD_FPN_(__VA_ARGS__, __TD_M111, __TD_FP16, __TD_FP15, \
	__TD_FP14, __TD_FP13, __TD_FP12, __TD_FP11, __TD_FP10, __TD_FP9, __TD_FP8, __TD_FP7, \
	__TD_FP6, __TD_FP5, __TD_FP4, __TD_FP3, __TD_FP2, __TD_FP1, )(__VA_ARGS__))
#define __TD_ARG1(a, ...) a
#define __TD_ARG2(a, b, ...) b
#define __TD_ARG3(a, b, c, ...) c
/* Only an m after the first % can end a %m; no % at all, no conversion. */
#define __TD_M_AFTER_PCT(fmt) \
	(__builtin_strchr(fmt, '%') && __builtin_strchr(__builtin_strchr(fmt, '%'), 'm'))
#define __TD_NO_M(fmt) \
	(__builtin_constant_p(__TD_M_AFTER_PCT(fmt)) && !__TD_M_AFTER_PCT(fmt))
#define __TD_OPS(fmt, args) (__TD_ANYFP args ? &__fmt_ops_all : \
	__TD_NO_M(fmt) ? (const struct __fmt_ops *)0 : &__fmt_ops_errno)
#define printf(...) __printf_ops(__TD_OPS(__TD_ARG1(__VA_ARGS__, 0), (__VA_ARGS__)), __VA_ARGS__)
#define fprintf(...) __fprintf_ops(__TD_OPS(__TD_ARG2(__VA_ARGS__, 0), (__VA_ARGS__)), __VA_ARGS__)
#define dprintf(...) __dprintf_ops(__TD_OPS(__TD_ARG2(__VA_ARGS__, 0), (__VA_ARGS__)), __VA_ARGS__)
#define sprintf(...) __sprintf_ops(__TD_OPS(__TD_ARG2(__VA_ARGS__, 0), (__VA_ARGS__)), __VA_ARGS__)
#define snprintf(...) __snprintf_ops(__TD_OPS(__TD_ARG3(__VA_ARGS__, 0), (__VA_ARGS__)), __VA_ARGS__)
#define asprintf(...) __asprintf_ops(__TD_OPS(__TD_ARG2(__VA_ARGS__, 0), (__VA_ARGS__)), __VA_ARGS__)
#endif

#endif
