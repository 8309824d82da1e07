/*
 * The long double functions that are not exact, on this target's format
 * (x87, binary128 or double): fmal against exact results, with its flags,
 * in every rounding mode; cbrtl and hypotl on exact cases and Annex F's
 * special values with errno; expl exp2l logl log2l log10l powl sinl cosl
 * tanl asinl acosl atanl atan2l (x87, and where long double is double)
 * within one ulp and Annex F's special values;
 * where long double is double, every transcendental l function giving its
 * double function's result bit for bit.  Built with -fno-builtin: every call reaches the library.
 */
#define _DEFAULT_SOURCE
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

#if LDBL_MANT_DIG != 113
/* got within one ulp of want (its neighbours), errno as given. */
#define NEAR(name, expr, want, err) do { \
	long double got_, want_ = (want); \
	errno = 0; \
	got_ = (expr); \
	t_true(name, (got_ == want_ || got_ == nextafterl(want_, INFINITY) || \
		      got_ == nextafterl(want_, -INFINITY)) && errno == (err), "not within 1 ulp, or errno"); \
} while (0)

/*
 * An exact result's flags: none on x87; the double functions (arm, ppc64le)
 * may raise inexact (log2(2^-1074) does in glibc, cos(0) does here).
 */
#if LDBL_MANT_DIG == 64
#define EXACT_NX 0
#else
#define EXACT_NX ANY
#endif

/* These and trigonometric's: present on x87 and where long double is double. */
static void exp_log_pow(void)
{
	NEAR("expl_1", expl(1.0L), 2.71828182845904523536028747135266250L, 0);
	NEAR("expl_-100", expl(-100.0L), 3.720075976020835962959695803863118337e-44L, 0);
	NEAR("exp2l_0.5", exp2l(0.5L), 1.41421356237309504880168872420969808L, 0);
	NEAR("logl_2", logl(2.0L), 0.693147180559945309417232121458176568L, 0);
	NEAR("logl_1+eps", logl(1 + eps), LDBL_EPSILON - LDBL_EPSILON * LDBL_EPSILON / 2, 0);
	NEAR("log2l_10", log2l(10.0L), 3.32192809488736234787031942948939018L, 0);
	NEAR("log10l_2", log10l(2.0L), 0.301029995663981195213738894724493027L, 0);
	NEAR("powl_2_0.5", powl(2.0L, 0.5L), 1.41421356237309504880168872420969808L, 0);
	NEAR("powl_10_-3", powl(10.0L, -3.0L), 0.001L, 0);
	NEAR("powl_1.5_100", powl(1.5L, 100.0L), 406561177535215237.3972797075670416710L, 0);
	L("expl_0", expl(-0.0L), 1.0L, 0, 0);
	L("expl_-inf", expl(-inf), 0.0L, 0, 0);
	L("expl_inf", expl(inf), INFINITY, 0, 0);
	L("expl_nan", expl(qnan), NAN, 0, 0);
	L("expl_overflow", expl(1e6L), INFINITY, ERANGE, OF);
	L("expl_underflow", expl(-1e6L), 0.0L, ERANGE, UF);
	L("exp2l_min", exp2l(LDBL_MIN_EXP - LDBL_MANT_DIG), LDBL_TRUE_MIN, 0, ANY);
	L("exp2l_max_exp", exp2l(LDBL_MAX_EXP), INFINITY, ERANGE, OF);
	L("logl_1", logl(1.0L), 0.0L, 0, 0);
	L("logl_0", logl(-0.0L), -INFINITY, ERANGE, FE_DIVBYZERO);
	L("logl_-1", logl(-1.0L), NAN, EDOM, INV);
	L("logl_inf", logl(inf), INFINITY, 0, 0);
	L("log2l_true_min", log2l(tmin), LDBL_MIN_EXP - LDBL_MANT_DIG, 0, EXACT_NX);
	L("log2l_-inf", log2l(-inf), NAN, EDOM, INV);
	L("log10l_1e20", log10l(1e20L), 20.0L, 0, ANY);
	L("log10l_0", log10l(0.0L), -INFINITY, ERANGE, FE_DIVBYZERO);
	L("powl_-2_3", powl(-2.0L, 3.0L), -8.0L, 0, ANY);
	L("powl_-8_third", powl(-8.0L, 1.0L / 3), NAN, EDOM, INV);
	L("powl_-0_-1", powl(-0.0L, -1.0L), -INFINITY, ERANGE, FE_DIVBYZERO);
	L("powl_0_-2", powl(0.0L, -2.0L), INFINITY, ERANGE, FE_DIVBYZERO);
	L("powl_1_nan", powl(1.0L, qnan), 1.0L, 0, 0);
	L("powl_nan_0", powl(qnan, -0.0L), 1.0L, 0, 0);
	L("powl_-1_inf", powl(-1.0L, inf), 1.0L, 0, 0);
	L("powl_0.5_-inf", powl(0.5L, -inf), INFINITY, 0, 0);
	L("powl_-inf_-3", powl(-inf, -3.0L), -0.0L, 0, 0);
	L("powl_overflow", powl(10.0L, 1e5L), INFINITY, ERANGE, OF);
	L("powl_underflow_odd", powl(-10.0L, -99999.0L), -0.0L, ERANGE, UF);
	L("powl_-1_huge", powl(-1.0L, 0x1p70L), 1.0L, 0, 0);
}

static void trigonometric(void)
{
	NEAR("sinl_1", sinl(1.0L), 0.8414709848078965066525023216302989996L, 0);
	NEAR("cosl_1", cosl(1.0L), 0.5403023058681397174009366074429766037L, 0);
	NEAR("tanl_1", tanl(1.0L), 1.557407724654902230506974807458360173L, 0);
	NEAR("sinl_1e22", sinl(1e22L), -0.8522008497671888017727058937530293683L, 0);
#if LDBL_MANT_DIG == 64
	NEAR("sinl_2^16000", sinl(0x1p16000L), 0.6992458822072964750244040792882786404L, 0);
	NEAR("cosl_2^16000", cosl(0x1p16000L), 0.7148812462333444531811915329776091707L, 0);
#endif
	NEAR("atan2l_1_-1", atan2l(1.0L, -1.0L), 2.356194490192344928846982537459627163L, 0);
	NEAR("asinl_0.5", asinl(0.5L), 0.5235987755982988730771072305465838140L, 0);
	NEAR("acosl_-0.5", acosl(-0.5L), 2.094395102393195492308428922186335256L, 0);
	L("sinl_-0", sinl(-0.0L), -0.0L, 0, 0);
	L("sinl_inf", sinl(inf), NAN, EDOM, INV);
	L("cosl_-inf", cosl(-inf), NAN, EDOM, INV);
	L("tanl_nan", tanl(qnan), NAN, 0, 0);
	L("cosl_0", cosl(0.0L), 1.0L, 0, EXACT_NX);
	L("atanl_-inf", atanl(-inf), -1.570796326794896619231321691639751442L, 0, ANY);
	L("atan2l_-0_-1", atan2l(-0.0L, -1.0L), -3.141592653589793238462643383279502884L, 0, ANY);
	L("atan2l_0_0", atan2l(0.0L, 0.0L), 0.0L, 0, 0);
	L("asinl_-1", asinl(-1.0L), -1.570796326794896619231321691639751442L, 0, ANY);
	L("asinl_2", asinl(2.0L), NAN, EDOM, INV);
	L("acosl_1", acosl(1.0L), 0.0L, 0, 0);
	L("acosl_-1.5", acosl(-1.5L), NAN, EDOM, INV);
}
#endif

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
	SAME_AS_DOUBLE1(lgamma, -2.5);
	SAME_AS_DOUBLE1(tgamma, 4.5);
	SAME_AS_DOUBLE1(asinh, -7.5);
	SAME_AS_DOUBLE1(acosh, 1.25);
	SAME_AS_DOUBLE1(atanh, 0.75);
	SAME_AS_DOUBLE1(erf, 0.3);
	SAME_AS_DOUBLE1(erfc, 5.5);
	{
		int sl = 0, sd = 0;

		L("lgammal_r_is_lgamma_r", lgammal_r(-0.5L, &sl), lgamma_r(-0.5, &sd), 0, ANY);
		t_eq("lgammal_r_sign", sl, sd);
	}
	L("fmal_is_fma", fmal(0.1L, 10.0L, -1.0L), fma(0.1, 10.0, -1.0), 0, 0);
}
#endif

int main(void)
{
	fused();
	roots();
#if LDBL_MANT_DIG != 113
	exp_log_pow();
	trigonometric();
#endif
#if LDBL_MANT_DIG == DBL_MANT_DIG
	as_double();
#endif
	return t_done();
}
