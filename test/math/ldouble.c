/*
 * The long double functions that are not exact, on this target's format
 * (x87, binary128 or double): fmal against exact results, with its flags,
 * in every rounding mode; cbrtl and hypotl on exact cases and Annex F's
 * special values with errno; where long double is double, every
 * transcendental l function giving its double function's result bit for
 * bit.  Built with -fno-builtin: every call reaches the library.
 */
#include <fenv.h>
#include <float.h>
#include <math.h>
#include "t.h"

#ifndef FE_INVALID
#define FE_INVALID 0
#define FE_DIVBYZERO 0
#define FE_OVERFLOW 0
#define FE_UNDERFLOW 0
#define FE_INEXACT 0
#endif
#define INV FE_INVALID
#define OF (FE_OVERFLOW | FE_INEXACT)
#define UF (FE_UNDERFLOW | FE_INEXACT)
#define NX FE_INEXACT
/* Flags not checked (cbrt and hypot may raise inexact for an exact result, as glibc). */
#define ANY (-1)

#define SAME(a, b) \
	((isnan(a) && isnan(b)) || ((a) == (b) && !signbit(a) == !signbit(b)))

/* expr against want (stored in long double first), with errno and the five flags. */
#define L(name, expr, want, err, flags) do { \
	long double got_, want_ = (want); \
	int errno_, flags_; \
	errno = 0; \
	feclearexcept(FE_ALL_EXCEPT); \
	got_ = (expr); \
	flags_ = fetestexcept(FE_ALL_EXCEPT); \
	errno_ = errno; \
	t_begin(name); \
	if (!SAME(got_, want_)) { t_fail(); t_out("wrong value\n"); } \
	else if (errno_ != (err)) { t_fail(); t_out("errno "); t_num(errno_); t_out("\n"); } \
	else if ((flags) != ANY && flags_ != (flags)) { t_fail(); t_out("flags "); t_num(flags_); t_out("\n"); } \
	else t_ok(); \
} while (0)

static volatile long double inf = INFINITY, qnan = NAN, eps = LDBL_EPSILON;
static volatile long double lmin = LDBL_MIN, tmin = LDBL_TRUE_MIN, lmax = LDBL_MAX;

static void fused(void)
{
	L("fmal_exact", fmal(2.0L, 3.0L, 1.0L), 7.0L, 0, 0);
	L("fmal_one_rounding", fmal(1 + eps, 1 + eps, -1 - 2 * eps), eps * eps, 0, 0);
	/* 1 + eps/2 + eps^2/2: rounding the product first would give 1. */
	L("fmal_double_rounding_trap", fmal(1 + eps, 1 - eps / 2, eps * eps), 1 + eps, 0, NX);
	L("fmal_cancel_to_+0", fmal(2.0L, 3.0L, -6.0L), 0.0L, 0, 0);
	L("fmal_tiny_z", fmal(1.0L, 1.0L, tmin), 1.0L, 0, NX);
	L("fmal_big_z_tiny_product", fmal(tmin, tmin, -1.0L), -1.0L, 0, NX);
	L("fmal_overflow_cancelled", fmal(lmax, 2.0L, -lmax), LDBL_MAX, 0, 0);
	L("fmal_overflow", fmal(lmax, lmax, 1.0L), INFINITY, 0, OF);
	L("fmal_overflow_negative", fmal(-lmax, lmax, 1.0L), -INFINITY, 0, OF);
	L("fmal_subnormal_exact", fmal(lmin, 0.5L, tmin), LDBL_MIN / 2 + LDBL_TRUE_MIN, 0, 0);
	L("fmal_underflow", fmal(tmin, 0.75L, tmin), 2 * LDBL_TRUE_MIN, 0, UF);
	L("fmal_underflow_negative", fmal(tmin, 0.25L, -tmin), -LDBL_TRUE_MIN, 0, UF);
	L("fmal_zero_x", fmal(0.0L, 5.0L, -0.0L), 0.0L, 0, 0);
	L("fmal_-0_sum", fmal(-0.0L, 1.0L, -0.0L), -0.0L, 0, 0);
	L("fmal_inf_0_invalid", fmal(inf, 0.0L, 1.0L), NAN, 0, INV);
	L("fmal_inf_minus_inf", fmal(inf, 1.0L, -inf), NAN, 0, INV);
	L("fmal_z_inf", fmal(lmax, lmax, -inf), -INFINITY, 0, 0);
	L("fmal_nan", fmal(qnan, 1.0L, 1.0L), NAN, 0, 0);
	fesetround(FE_DOWNWARD);
	L("fmal_downward_cancel_-0", fmal(2.0L, 3.0L, -6.0L), -0.0L, 0, 0);
	L("fmal_downward", fmal(1 + eps, 1 + eps, -eps * eps / 2), 1 + 2 * eps, 0, NX);
	L("fmal_downward_overflow", fmal(lmax, lmax, 1.0L), LDBL_MAX, 0, OF);
	fesetround(FE_UPWARD);
	L("fmal_upward", fmal(1.0L, 1.0L, tmin), 1 + eps, 0, NX);
	L("fmal_upward_negative", fmal(-1.0L, 1.0L, -tmin), -1.0L, 0, NX);
	L("fmal_upward_subnormal", fmal(tmin, 0.25L, tmin), 2 * LDBL_TRUE_MIN, 0, UF);
	fesetround(FE_TOWARDZERO);
	L("fmal_towardzero", fmal(-1.0L, 1.0L, -tmin), -1.0L, 0, NX);
	L("fmal_towardzero_tie", fmal(1 + eps, 1 - eps / 2, eps * eps), 1.0L, 0, NX);
	fesetround(FE_TONEAREST);
}

static void roots(void)
{
	int q = (LDBL_MIN_EXP - LDBL_MANT_DIG) / 3;
	long double c = 1;
	int i;

	L("cbrtl_-27", cbrtl(-27.0L), -3.0L, 0, ANY);
	L("cbrtl_-0", cbrtl(-0.0L), -0.0L, 0, 0);
	L("cbrtl_-inf", cbrtl(-inf), -INFINITY, 0, 0);
	L("cbrtl_nan", cbrtl(qnan), NAN, 0, 0);
	/* 2^(3q), subnormal: its root 2^q exactly. */
	for (i = 0; i < -q; i++)
		c /= 2;
	L("cbrtl_subnormal_cube", cbrtl(c * c * c), c, 0, ANY);
	L("cbrtl_1.5^3", cbrtl(3.375L), 1.5L, 0, ANY);
	L("hypotl_3_4", hypotl(-3.0L, 4.0L), 5.0L, 0, ANY);
	L("hypotl_subnormal_3_4", hypotl(3 * tmin, 4 * tmin), 5 * LDBL_TRUE_MIN, 0, ANY);
	L("hypotl_inf_nan", hypotl(qnan, -inf), INFINITY, 0, 0);
	L("hypotl_nan", hypotl(qnan, 1.0L), NAN, 0, 0);
	L("hypotl_0", hypotl(-0.0L, 0.0L), 0.0L, 0, 0);
	L("hypotl_overflow", hypotl(lmax, lmax), INFINITY, ERANGE, OF);
	L("hypotl_max_1", hypotl(lmax, 1.0L), LDBL_MAX, 0, ANY);
}

#if LDBL_MANT_DIG == DBL_MANT_DIG
#define SAME_AS_DOUBLE1(f, x) L(#f "l_is_" #f, f##l(x), f(x), 0, ANY)
#define SAME_AS_DOUBLE2(f, x, y) L(#f "l_is_" #f, f##l(x, y), f(x, y), 0, ANY)

static void as_double(void)
{
	SAME_AS_DOUBLE1(exp, 0.7);
	SAME_AS_DOUBLE1(exp2, -3.3);
	SAME_AS_DOUBLE1(expm1, 1e-5);
	SAME_AS_DOUBLE1(log, 3.1);
	SAME_AS_DOUBLE1(log2, 0.3);
	SAME_AS_DOUBLE1(log10, 7e22);
	SAME_AS_DOUBLE1(log1p, -0.4);
	SAME_AS_DOUBLE2(pow, 1.1, -23.5);
	SAME_AS_DOUBLE1(sin, 1e22);
	SAME_AS_DOUBLE1(cos, 2.5);
	SAME_AS_DOUBLE1(tan, -1.5);
	SAME_AS_DOUBLE1(asin, 0.6);
	SAME_AS_DOUBLE1(acos, -0.2);
	SAME_AS_DOUBLE1(atan, 9.0);
	SAME_AS_DOUBLE2(atan2, -1.0, -3.0);
	SAME_AS_DOUBLE1(sinh, 2.2);
	SAME_AS_DOUBLE1(cosh, -0.9);
	SAME_AS_DOUBLE1(tanh, 0.4);
	SAME_AS_DOUBLE1(cbrt, 10.0);
	SAME_AS_DOUBLE2(hypot, 1e300, 1e300);
	L("fmal_is_fma", fmal(0.1L, 10.0L, -1.0L), fma(0.1, 10.0, -1.0), 0, 0);
	L("logl_0", logl(0.0L), -INFINITY, ERANGE, FE_DIVBYZERO);
}
#endif

int main(void)
{
	fused();
	roots();
#if LDBL_MANT_DIG == DBL_MANT_DIG
	as_double();
#endif
	return t_done();
}
