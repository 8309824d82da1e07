/*
 * x86_64's CPU features, for the resolvers of the library's indirect
 * functions (docs/internals.md): cpuid read once, at start-up.
 */
#ifndef TRAPDOOR_X86_CPU_H
#define TRAPDOOR_X86_CPU_H

#include "libc.h"

#define X86_SSE41 1u    /* roundsd, roundss */
#define X86_FMA 2u      /* FMA3 and AVX2, their registers saved by the kernel */

/* The features, or none when the environment has TRAPDOOR_CPU_BASELINE (to test and measure the baseline). */
hidden unsigned __x86_cpu(void);

/*
 * name is an indirect function choosing fast when the CPU has the
 * features, base otherwise; its resolver runs once, at start-up.
 */
#define X86_IFUNC(type, name, params, features, fast, base) \
	static __typeof__(base) *resolve_##name(void) \
	{ \
		return (__x86_cpu() & (features)) == (features) ? fast : base; \
	} \
	type name params __attribute__((ifunc("resolve_" #name)))

/* The portable versions of the functions SSE4.1 rounds in one instruction. */
hidden double __floor_base(double), __ceil_base(double), __trunc_base(double);
hidden double __rint_base(double), __nearbyint_base(double);
hidden float __floorf_base(float), __ceilf_base(float), __truncf_base(float);
hidden float __rintf_base(float), __nearbyintf_base(float);

/* The transcendental functions' two builds of the same source (src/math/x86_64/). */
hidden double __exp_base(double), __exp_fma(double);
hidden double __log_base(double), __log_fma(double);
hidden double __pow_base(double, double), __pow_fma(double, double);
hidden double __sin_base(double), __sin_fma(double);
hidden double __cos_base(double), __cos_fma(double);
hidden double __atan2_base(double, double), __atan2_fma(double, double);

#endif
