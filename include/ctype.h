/*
 * Character classes of the C locale, the only locale trapdoor has: ASCII,
 * and nothing above 127.  Each class is a real function and, in C, a macro
 * that inlines the same test; an argument outside 0..255 (EOF included) is
 * in no class, and tolower/toupper give it back unchanged.
 */
#ifndef _CTYPE_H
#define _CTYPE_H

#include <features.h>

__TD_BEGIN_DECLS

int isalnum(int c);
int isalpha(int c);
int isblank(int c);
int iscntrl(int c);
int isdigit(int c);
int isgraph(int c);
int islower(int c);
int isprint(int c);
int ispunct(int c);
int isspace(int c);
int isupper(int c);
int isxdigit(int c);
int tolower(int c);
int toupper(int c);
#ifdef __TD_XOPEN
int isascii(int c);
int toascii(int c);
#endif

/* Unsigned arithmetic folds every out-of-range value into the "no" side. */
static __inline__ int __td_isdigit(int c) { return (unsigned)c - '0' < 10; }
static __inline__ int __td_islower(int c) { return (unsigned)c - 'a' < 26; }
static __inline__ int __td_isupper(int c) { return (unsigned)c - 'A' < 26; }
static __inline__ int __td_isalpha(int c) { return ((unsigned)c | 32) - 'a' < 26; }
static __inline__ int __td_isalnum(int c) { return __td_isalpha(c) || __td_isdigit(c); }
static __inline__ int __td_isxdigit(int c)
{
	return __td_isdigit(c) || ((unsigned)c | 32) - 'a' < 6;
}
static __inline__ int __td_isspace(int c) { return c == ' ' || (unsigned)c - '\t' < 5; }
static __inline__ int __td_isblank(int c) { return c == ' ' || c == '\t'; }
static __inline__ int __td_iscntrl(int c) { return (unsigned)c < 32 || c == 127; }
static __inline__ int __td_isprint(int c) { return (unsigned)c - 32 < 95; }
static __inline__ int __td_isgraph(int c) { return (unsigned)c - 33 < 94; }
static __inline__ int __td_ispunct(int c) { return __td_isgraph(c) && !__td_isalnum(c); }
static __inline__ int __td_tolower(int c) { return __td_isupper(c) ? c | 32 : c; }
static __inline__ int __td_toupper(int c) { return __td_islower(c) ? c & 0x5f : c; }

#ifndef __cplusplus
#define isalnum(c)  __td_isalnum(c)
#define isalpha(c)  __td_isalpha(c)
#define isblank(c)  __td_isblank(c)
#define iscntrl(c)  __td_iscntrl(c)
#define isdigit(c)  __td_isdigit(c)
#define isgraph(c)  __td_isgraph(c)
#define islower(c)  __td_islower(c)
#define isprint(c)  __td_isprint(c)
#define ispunct(c)  __td_ispunct(c)
#define isspace(c)  __td_isspace(c)
#define isupper(c)  __td_isupper(c)
#define isxdigit(c) __td_isxdigit(c)
#define tolower(c)  __td_tolower(c)
#define toupper(c)  __td_toupper(c)
#ifdef __TD_XOPEN
#define isascii(c)  (!((unsigned)(c) & ~0x7fu))
#define toascii(c)  ((c) & 0x7f)
#endif
#endif

__TD_END_DECLS

#endif
