/*
 * No include guard for assert itself: C wants each inclusion to define it
 * afresh from the NDEBUG in force at that point.
 */
#include <features.h>

#undef assert
#ifdef NDEBUG
#define assert(e) ((void)0)
#else
#define assert(e) ((e) ? (void)0 : __assert_fail(#e, __FILE__, __LINE__, __func__))
#endif

#ifndef _ASSERT_H
#define _ASSERT_H

__TD_BEGIN_DECLS
_Noreturn void __assert_fail(const char *expr, const char *file, unsigned line,
			     const char *func);
__TD_END_DECLS

#if !defined(__cplusplus) && defined(__STDC_VERSION__) && __STDC_VERSION__ >= 201112L && \
	__STDC_VERSION__ < 202311L
#define static_assert _Static_assert
#endif

#endif
