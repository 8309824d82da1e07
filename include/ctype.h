/*
 * Character classes of the C locale, the only locale trapdoor has: ASCII,
 * and nothing above 127.  Each class is a real function and, in C, a macro
 * that inlines the same test; EOF and negative chars are in no class, and
 * tolower/toupper give them back unchanged.
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

/*
 * The C locale's classes and case maps as tables indexed by c from -128 to
 * 255 (EOF and any signed or unsigned char), so a test is one load and one
 * AND, as in glibc.  The functions read c's low byte, which gives the right
 * answer for every argument C allows (EOF's low byte, 255, is in no class
 * either), and never reads outside the table for any other int.
 */
#define __TD_UPPER  0x001
#define __TD_LOWER  0x002
#define __TD_ALPHA  0x004
#define __TD_DIGIT  0x008
#define __TD_XDIGIT 0x010
#define __TD_SPACE  0x020
#define __TD_PRINT  0x040
#define __TD_GRAPH  0x080
#define __TD_BLANK  0x100
#define __TD_CNTRL  0x200
#define __TD_PUNCT  0x400
#define __TD_ALNUM  0x800

extern const unsigned short __td_ctype_class[384];
extern const int __td_ctype_upper[384], __td_ctype_lower[384];

#define __TD_IS(c, m) ((__td_ctype_class + 128)[(int)(c)] & (m))

static __inline__ int __td_isalnum(int c) { return __TD_IS(c, __TD_ALNUM); }
static __inline__ int __td_isalpha(int c) { return __TD_IS(c, __TD_ALPHA); }
static __inline__ int __td_isblank(int c) { return __TD_IS(c, __TD_BLANK); }
static __inline__ int __td_iscntrl(int c) { return __TD_IS(c, __TD_CNTRL); }
static __inline__ int __td_isdigit(int c) { return __TD_IS(c, __TD_DIGIT); }
static __inline__ int __td_isgraph(int c) { return __TD_IS(c, __TD_GRAPH); }
static __inline__ int __td_islower(int c) { return __TD_IS(c, __TD_LOWER); }
static __inline__ int __td_isprint(int c) { return __TD_IS(c, __TD_PRINT); }
static __inline__ int __td_ispunct(int c) { return __TD_IS(c, __TD_PUNCT); }
static __inline__ int __td_isspace(int c) { return __TD_IS(c, __TD_SPACE); }
static __inline__ int __td_isupper(int c) { return __TD_IS(c, __TD_UPPER); }
static __inline__ int __td_isxdigit(int c) { return __TD_IS(c, __TD_XDIGIT); }
static __inline__ int __td_tolower(int c) { return (__td_ctype_lower + 128)[c]; }
static __inline__ int __td_toupper(int c) { return (__td_ctype_upper + 128)[c]; }

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
