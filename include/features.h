/*
 * Feature-test macros read as glibc reads them, and the spellings that let
 * the headers compile as C99, C11 and C++.
 */
#ifndef _FEATURES_H
#define _FEATURES_H

/*
 * With no feature macro and the compiler in a GNU mode (-std=gnu11, or no
 * -std), a program sees POSIX, X/Open and the BSD names (_DEFAULT_SOURCE);
 * -std=c11 alone is ISO C only.  _GNU_SOURCE is everything.  Headers test:
 *   __TD_POSIX  POSIX.1-2008       __TD_XOPEN  X/Open (XSI)
 *   __TD_MISC   BSD and SVID names (_DEFAULT_SOURCE)
 *   __TD_GNU    GNU extensions
 */
#if defined(_GNU_SOURCE) || defined(_DEFAULT_SOURCE) || defined(_BSD_SOURCE) || \
	(!defined(__STRICT_ANSI__) && !defined(_ISOC99_SOURCE) && !defined(_ISOC11_SOURCE) && \
	 !defined(_POSIX_SOURCE) && !defined(_POSIX_C_SOURCE) && !defined(_XOPEN_SOURCE))
#define __TD_MISC 1
#endif
#if defined(__TD_MISC) || defined(_XOPEN_SOURCE)
#define __TD_XOPEN 1
#endif
#if defined(__TD_XOPEN) || defined(_POSIX_SOURCE) || defined(_POSIX_C_SOURCE)
#define __TD_POSIX 1
#endif
#ifdef _GNU_SOURCE
#define __TD_GNU 1
#endif

#if defined(__cplusplus)
#define __restrict_arg __restrict
#define _Noreturn [[noreturn]]
#define __TD_BEGIN_DECLS extern "C" {
#define __TD_END_DECLS }
#else
#define __restrict_arg restrict
#if !defined(__STDC_VERSION__) || __STDC_VERSION__ < 201112L
#define _Noreturn __attribute__((__noreturn__))
#endif
#define __TD_BEGIN_DECLS
#define __TD_END_DECLS
#endif

#endif
