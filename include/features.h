/* Spellings that let the headers compile as C99, C11 and C++. */
#ifndef _FEATURES_H
#define _FEATURES_H

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
