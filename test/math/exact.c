/*
 * The exact <math.h> functions on this target, in double, float and long
 * double (x87, binary128 or double, as the arch has it): special values
 * (+-0, +-inf, nan, subnormals, the ends of the range), errno and the
 * exception flags as Annex F and glibc give them; rint, nearbyint and lrint
 * in every rounding mode; sqrt and fma against exact results.  Built with
 * -fno-builtin: every call reaches the library.
 */
#include <fenv.h>
#include <float.h>
#include <limits.h>
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
#define DZ FE_DIVBYZERO
#define OF (FE_OVERFLOW | FE_INEXACT)
#define UF (FE_UNDERFLOW | FE_INEXACT)
#define NX FE_INEXACT
/* Flags not checked: cbrt may raise inexact for an exact root (glibc does). */
#define ANY (-1)

/* Same value, same sign of zero; any nan matches a nan. */
#define SAME(a, b) \
	((isnan(a) && isnan(b)) || ((a) == (b) && !signbit(a) == !signbit(b)))

/*
 * expr (a call of type T) against want stored in T, with errno and the
 * five flags.  The wanted value goes through T first: where FLT_EVAL_METHOD
 * is not 0, a literal compared directly keeps the wider format's value.
 */
#define CASE(T, name, expr, want, err, flags) do { \
	T got_, want_ = (want); \
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
#define D(name, expr, want, err, flags) CASE(double, name, expr, want, err, flags)
#define F(name, expr, want, err, flags) CASE(float, name, expr, want, err, flags)
#define L(name, expr, want, err, flags) CASE(long double, name, expr, want, err, flags)
/* An integer result, every one of which these cases use is exact in any long double. */
#define I(name, expr, want, err, flags) CASE(long double, name, (long double)(expr), want, err, flags)

static volatile double inf = INFINITY, qnan = NAN, zero = 0;
static volatile float inff = INFINITY, nanf_ = NAN;
static volatile long double infl = INFINITY, nanl_ = NAN;

static void rounding_functions(void)
{
	D("floor_-0.5", floor(-0.5), -1.0, 0, 0);
	D("floor_-0", floor(-0.0), -0.0, 0, 0);
	D("floor_0.5", floor(0.5), 0.0, 0, 0);
	D("floor_-2^51-0.5", floor(-0x1p51 - 0.5), -0x1p51 - 1, 0, 0);
	D("floor_inf", floor(-inf), -INFINITY, 0, 0);
	D("floor_nan", floor(qnan), NAN, 0, 0);
	D("ceil_-0.5", ceil(-0.5), -0.0, 0, 0);
	D("ceil_0x1p-1074", ceil(0x1p-1074), 1.0, 0, 0);
	D("ceil_1.5", ceil(1.5), 2.0, 0, 0);
	D("trunc_-1.9", trunc(-1.9), -1.0, 0, 0);
	D("trunc_2^53-1", trunc(0x1.fffffffffffffp52), 0x1.fffffffffffffp52, 0, 0);
	D("round_0.5", round(0.5), 1.0, 0, 0);
	D("round_-2.5", round(-2.5), -3.0, 0, 0);
	D("round_0.49999999999999994", round(0.49999999999999994), 0.0, 0, 0);
	D("round_2^52+1", round(0x1p52 + 1), 0x1p52 + 1, 0, 0);
	F("floorf_-0.5", floorf(-0.5f), -1.0f, 0, 0);
	F("ceilf_-0.5", ceilf(-0.5f), -0.0f, 0, 0);
	F("truncf_1e30", truncf(1e30f), 1e30f, 0, 0);
	F("roundf_-0.5", roundf(-0.5f), -1.0f, 0, 0);
	F("roundf_8388609", roundf(8388609.0f), 8388609.0f, 0, 0);
	L("floorl_-0.5", floorl(-0.5L), -1.0L, 0, 0);
	L("floorl_-1-eps", floorl(-1 - LDBL_EPSILON), -2.0L, 0, 0);
	L("ceill_1+eps", ceill(1 + LDBL_EPSILON), 2.0L, 0, 0);
	L("ceill_-0.5", ceill(-0.5L), -0.0L, 0, 0);
	L("truncl_big", truncl(1 / LDBL_EPSILON + 1), 1 / LDBL_EPSILON + 1, 0, 0);
	L("truncl_-2.75", truncl(-2.75L), -2.0L, 0, 0);
	L("roundl_2.5", roundl(2.5L), 3.0L, 0, 0);
	L("roundl_0.5-eps/4", roundl(0.5L - LDBL_EPSILON / 4), 0.0L, 0, 0);
	L("roundl_inf", roundl(-infl), -INFINITY, 0, 0);
	I("lround_-2.5", lround(-2.5), -3, 0, 0);
	I("llround_2^62", llround(0x1p62), 1LL << 62, 0, 0);
	I("llround_2^63_invalid", llround(0x1p63), LLONG_MIN, 0, INV);
	I("lround_nan_invalid", lround(qnan), LONG_MIN, 0, INV);
	I("lroundf_1.5", lroundf(1.5f), 2, 0, 0);
	I("llroundl_-7.5", llroundl(-7.5L), -8, 0, 0);
}

/* A case name with the rounding mode appended. */
static const char *mode_name;

static const char *in_mode(const char *base)
{
	static char buf[64];

	strcpy(buf, base);
	strcat(buf, "_");
	strcat(buf, mode_name);
	return buf;
}

/* rint's four modes on the halfway and quarter points (the last is nearbyint's). */
static void rint_modes(void)
{
	static const struct {
		const char *name;
		int mode;
		double r25, rm25, r22, rm22;
	} m[] = {
		{ "nearest", FE_TONEAREST, 2, -2, 2, -2 },
#ifdef FE_DOWNWARD
		{ "downward", FE_DOWNWARD, 2, -3, 2, -3 },
#endif
#ifdef FE_UPWARD
		{ "upward", FE_UPWARD, 3, -2, 3, -2 },
#endif
#ifdef FE_TOWARDZERO
		{ "towardzero", FE_TOWARDZERO, 2, -2, 2, -2 },
#endif
	};
	unsigned i;

	for (i = 0; i < sizeof m / sizeof *m; i++) {
		mode_name = m[i].name;
		fesetround(m[i].mode);
		D(in_mode("rint_2.5"), rint(2.5), m[i].r25, 0, NX);
		D(in_mode("rint_-2.5"), rint(-2.5), m[i].rm25, 0, NX);
		D(in_mode("rint_2.2"), rint(2.2), m[i].r22, 0, NX);
		D(in_mode("rint_-2.2"), rint(-2.2), m[i].rm22, 0, NX);
		D(in_mode("rint_3"), rint(3.0), 3.0, 0, 0);
		D(in_mode("rint_-0.2_keeps_sign"), copysign(1, rint(-0.2)), -1.0, 0, NX);
		D(in_mode("nearbyint_2.5_no_inexact"), nearbyint(2.5), m[i].r25, 0, 0);
		D(in_mode("nearbyint_-2.2_no_inexact"), nearbyint(-2.2), m[i].rm22, 0, 0);
		F(in_mode("rintf_2.5"), rintf(2.5f), (float)m[i].r25, 0, NX);
		F(in_mode("rintf_-2.2"), rintf(-2.2f), (float)m[i].rm22, 0, NX);
		F(in_mode("nearbyintf_-2.5"), nearbyintf(-2.5f), (float)m[i].rm25, 0, 0);
		L(in_mode("rintl_2.5"), rintl(2.5L), m[i].r25, 0, NX);
		L(in_mode("rintl_-2.2"), rintl(-2.2L), m[i].rm22, 0, NX);
		L(in_mode("nearbyintl_2.2"), nearbyintl(2.2L), m[i].r22, 0, 0);
		I(in_mode("lrint_2.5"), lrint(2.5), (long long)m[i].r25, 0, NX);
		I(in_mode("llrint_-2.5"), llrint(-2.5), (long long)m[i].rm25, 0, NX);
		I(in_mode("lrintf_2.2"), lrintf(2.2f), (long long)m[i].r22, 0, NX);
		I(in_mode("llrintl_-2.2"), llrintl(-2.2L), (long long)m[i].rm22, 0, NX);
	}
	fesetround(FE_TONEAREST);
	D("rint_2^52+0.5_is_integer", rint(0x1p52 + 1), 0x1p52 + 1, 0, 0);
	D("rint_0.5+2^-20", rint(0.5 + 0x1p-20), 1.0, 0, NX);
	D("rint_-0.5", rint(-0.5), -0.0, 0, NX);
	I("lrint_nan", lrint(qnan), LONG_MIN, 0, INV);
	I("llrint_-2^63", llrint(-0x1p63), LLONG_MIN, 0, 0);
	I("llrint_2^63", llrint(0x1p63), LLONG_MIN, 0, INV);
}

static void sign_and_order(void)
{
	D("fabs_-0", fabs(-0.0), 0.0, 0, 0);
	D("fabs_-inf", fabs(-inf), INFINITY, 0, 0);
	F("fabsf_-3", fabsf(-3.0f), 3.0f, 0, 0);
	L("fabsl_-min", fabsl(-LDBL_MIN), LDBL_MIN, 0, 0);
	D("copysign_nan_sign", copysign(1.0, -qnan), -1.0, 0, 0);
	F("copysignf_-0", copysignf(2.0f, -0.0f), -2.0f, 0, 0);
	L("copysignl", copysignl(-LDBL_MAX, 1.0L), LDBL_MAX, 0, 0);
	D("fmax_nan_number", fmax(qnan, -1.0), -1.0, 0, 0);
	D("fmin_number_nan", fmin(2.0, qnan), 2.0, 0, 0);
	D("fmax_zeros", fmax(-0.0, 0.0), 0.0, 0, 0);
	D("fmin_zeros", fmin(0.0, -0.0), -0.0, 0, 0);
	F("fmaxf", fmaxf(-inff, -3.0f), -3.0f, 0, 0);
	L("fminl", fminl(-infl, 3.0L), -INFINITY, 0, 0);
	D("fdim_3_1", fdim(3.0, 1.0), 2.0, 0, 0);
	D("fdim_1_3", fdim(1.0, 3.0), 0.0, 0, 0);
	D("fdim_overflow", fdim(DBL_MAX, -DBL_MAX), INFINITY, ERANGE, OF);
	F("fdimf_nan", fdimf(nanf_, 1.0f), NAN, 0, 0);
	L("fdiml", fdiml(5.0L, 1.5L), 3.5L, 0, 0);
	D("nan_is_nan", nan(""), NAN, 0, 0);
	F("nanf_is_nan", nanf("12"), NAN, 0, 0);
	L("nanl_is_nan", nanl(""), NAN, 0, 0);
}

static void neighbours(void)
{
	D("nextafter_1_up", nextafter(1.0, 2.0), 1 + DBL_EPSILON, 0, 0);
	D("nextafter_1_down", nextafter(1.0, 0.0), 1 - DBL_EPSILON / 2, 0, 0);
	D("nextafter_0_up", nextafter(0.0, 1.0), 0x1p-1074, 0, UF);
	D("nextafter_-0_down", nextafter(-0.0, -1.0), -0x1p-1074, 0, UF);
	D("nextafter_min_to_subnormal", nextafter(DBL_MIN, 0.0), 0x0.fffffffffffffp-1022, ERANGE, UF);
	D("nextafter_max_to_inf", nextafter(DBL_MAX, inf), INFINITY, ERANGE, OF);
	D("nextafter_equal_gives_y", nextafter(0.0, -0.0), -0.0, 0, 0);
	D("nextafter_nan", nextafter(qnan, 1.0), NAN, 0, 0);
	F("nextafterf_1_up", nextafterf(1.0f, 2.0f), 1 + FLT_EPSILON, 0, 0);
	F("nextafterf_max", nextafterf(FLT_MAX, inff), INFINITY, ERANGE, OF);
	L("nextafterl_1_up", nextafterl(1.0L, 2.0L), 1 + LDBL_EPSILON, 0, 0);
	L("nextafterl_1_down", nextafterl(1.0L, 0.0L), 1 - LDBL_EPSILON / 2, 0, 0);
	L("nextafterl_-1_down", nextafterl(-1.0L, -2.0L), -1 - LDBL_EPSILON, 0, 0);
	L("nextafterl_0_up", nextafterl(0.0L, 1.0L), LDBL_TRUE_MIN, 0, UF);
	L("nextafterl_min_down", nextafterl(LDBL_MIN, 0.0L), LDBL_MIN - LDBL_TRUE_MIN, ERANGE, UF);
	L("nextafterl_max_up", nextafterl(LDBL_MAX, infl), INFINITY, ERANGE, OF);
	D("nexttoward_1_up", nexttoward(1.0, 2.0L), 1 + DBL_EPSILON, 0, 0);
	F("nexttowardf_1_toward_1+ldeps", nexttowardf(1.0f, 1 + LDBL_EPSILON),
	  LDBL_MANT_DIG > FLT_MANT_DIG ? 1 + FLT_EPSILON : 1.0f, 0, 0);
	L("nexttowardl", nexttowardl(1.0L, 0.0L), 1 - LDBL_EPSILON / 2, 0, 0);
}

static void remainders(void)
{
	int q = 0;

	D("fmod_7.5_2", fmod(7.5, 2.0), 1.5, 0, 0);
	D("fmod_-7.5_2", fmod(-7.5, 2.0), -1.5, 0, 0);
	D("fmod_-4_2", fmod(-4.0, 2.0), -0.0, 0, 0);
	D("fmod_x_inf", fmod(3.0, inf), 3.0, 0, 0);
	D("fmod_1_0_edom", fmod(1.0, zero), NAN, EDOM, INV);
	D("fmod_inf_1_edom", fmod(inf, 1.0), NAN, EDOM, INV);
	D("fmod_nan_0_no_edom", fmod(qnan, zero), NAN, 0, 0);
	D("fmod_max_subnormal", fmod(DBL_MAX, 0x1p-1074), 0.0, 0, 0);
	D("fmod_max_3subnormal", fmod(DBL_MAX, 0x3p-1074), 0x2p-1074, 0, 0);
	D("fmod_subnormals", fmod(0x7p-1074, 0x3p-1074), 0x1p-1074, 0, 0);
	F("fmodf_max_3", fmodf(FLT_MAX, 3.0f), 0.0f, 0, 0);
	F("fmodf_max_5", fmodf(FLT_MAX, 5.0f), 0.0f, 0, 0);
	F("fmodf_0_edom", fmodf(1.0f, 0.0f), NAN, EDOM, INV);
	L("fmodl_7.5_2", fmodl(7.5L, 2.0L), 1.5L, 0, 0);
	L("fmodl_max_3", fmodl(LDBL_MAX, 3.0L), LDBL_MANT_DIG == 53 ? 2.0L : LDBL_MANT_DIG == 64 ? 0.0L : 2.0L, 0, 0);
	L("fmodl_inf_edom", fmodl(infl, 1.0L), NAN, EDOM, INV);
	D("remainder_5_3", remainder(5.0, 3.0), -1.0, 0, 0);
	D("remainder_3_2_even", remainder(3.0, 2.0), -1.0, 0, 0);
	D("remainder_5_2_even", remainder(5.0, 2.0), 1.0, 0, 0);
	D("remainder_-4_2", remainder(-4.0, 2.0), -0.0, 0, 0);
	D("remainder_x_inf", remainder(3.0, inf), 3.0, 0, 0);
	D("remainder_0_edom", remainder(3.0, zero), NAN, EDOM, INV);
	D("remainder_subnormal_half", remainder(0x3p-1074, 0x2p-1074), -0x1p-1074, 0, 0);
	D("remquo_29_3", remquo(29.0, 3.0, &q), -1.0, 0, 0);
	t_eq("remquo_29_3_quo", q, 2);
	D("remquo_-29_3", remquo(-29.0, 3.0, &q), 1.0, 0, 0);
	t_eq("remquo_-29_3_quo", q, -2);
	F("remquof_7_-2", remquof(7.0f, -2.0f, &q), -1.0f, 0, 0);
	t_eq("remquof_7_-2_quo", q, -4);
	L("remquol_10.5_3", remquol(10.5L, 3.0L, &q), -1.5L, 0, 0);
	t_eq("remquol_10.5_3_quo", q, 4);
	L("remainderl_7_2", remainderl(7.0L, 2.0L), -1.0L, 0, 0);
}

static void exponents(void)
{
	int e = 99;
	double ip;
	float ipf;
	long double ipl;

	D("frexp_8", frexp(8.0, &e), 0.5, 0, 0);
	t_eq("frexp_8_exp", e, 4);
	D("frexp_subnormal", frexp(0x1p-1074, &e), 0.5, 0, 0);
	t_eq("frexp_subnormal_exp", e, -1073);
	D("frexp_-0", frexp(-0.0, &e), -0.0, 0, 0);
	t_eq("frexp_-0_exp", e, 0);
	D("frexp_inf", frexp(-inf, &e), -INFINITY, 0, 0);
	F("frexpf_subnormal", frexpf(0x1p-149f, &e), 0.5f, 0, 0);
	t_eq("frexpf_subnormal_exp", e, -148);
	L("frexpl_3", frexpl(3.0L, &e), 0.75L, 0, 0);
	t_eq("frexpl_3_exp", e, 2);
	L("frexpl_true_min", frexpl(LDBL_TRUE_MIN, &e), 0.5L, 0, 0);
	t_eq("frexpl_true_min_exp", e, LDBL_MIN_EXP - LDBL_MANT_DIG + 1);
	D("ldexp_1_1023", ldexp(1.0, 1023), 0x1p1023, 0, 0);
	D("ldexp_overflow", ldexp(1.0, 1024), INFINITY, ERANGE, OF);
	D("ldexp_to_subnormal", ldexp(1.0, -1074), 0x1p-1074, 0, 0);
	D("ldexp_underflow_zero", ldexp(1.0, -1075), 0.0, ERANGE, UF);
	D("ldexp_round_subnormal", ldexp(0x1.8p0, -1074), 0x2p-1074, 0, UF);
	D("scalbn_sub_to_max", scalbn(0x1p-1074, 2097), 0x1p1023, 0, 0);
	D("scalbn_max_to_sub", scalbn(0x1p1023, -2097), 0x1p-1074, 0, 0);
	D("scalbn_int_min", scalbn(1.0, INT_MIN), 0.0, ERANGE, UF);
	D("scalbln_long_max", scalbln(1.0, LONG_MAX), INFINITY, ERANGE, OF);
	D("scalbn_inf", scalbn(-inf, -5), -INFINITY, 0, 0);
	F("scalbnf_sub", scalbnf(1.0f, -149), 0x1p-149f, 0, 0);
	F("ldexpf_overflow", ldexpf(1.0f, 128), INFINITY, ERANGE, OF);
	L("scalbnl_to_true_min", scalbnl(1.0L, LDBL_MIN_EXP - LDBL_MANT_DIG), LDBL_TRUE_MIN, 0, 0);
	L("ldexpl_overflow", ldexpl(1.0L, LDBL_MAX_EXP), INFINITY, ERANGE, OF);
	L("scalblnl_min_to_max", scalblnl(LDBL_TRUE_MIN, LDBL_MAX_EXP - LDBL_MIN_EXP + LDBL_MANT_DIG - 1),
	  0x1p-1L * 2 * scalbnl(1.0L, LDBL_MAX_EXP - 1), 0, 0);
	I("ilogb_1", ilogb(1.0), 0, 0, 0);
	I("ilogb_subnormal", ilogb(0x1p-1074), -1074, 0, 0);
	I("ilogb_0", ilogb(zero), FP_ILOGB0, EDOM, INV);
	I("ilogb_nan", ilogb(qnan), FP_ILOGBNAN, EDOM, INV);
	I("ilogb_inf", ilogb(inf), INT_MAX, EDOM, INV);
	I("ilogbf_max", ilogbf(FLT_MAX), 127, 0, 0);
	I("ilogbl_true_min", ilogbl(LDBL_TRUE_MIN), LDBL_MIN_EXP - LDBL_MANT_DIG, 0, 0);
	I("ilogbl_0", ilogbl(0.0L), FP_ILOGB0, EDOM, INV);
	D("logb_0", logb(zero), -INFINITY, 0, DZ);
	D("logb_-inf", logb(-inf), INFINITY, 0, 0);
	D("logb_subnormal", logb(0x1p-1070), -1070.0, 0, 0);
	F("logbf_0.25", logbf(0.25f), -2.0f, 0, 0);
	L("logbl_1024", logbl(1024.0L), 10.0L, 0, 0);
	D("modf_-3.5", modf(-3.5, &ip), -0.5, 0, 0);
	D("modf_-3.5_int", ip, -3.0, 0, 0);
	D("modf_-3", modf(-3.0, &ip), -0.0, 0, 0);
	D("modf_inf", modf(inf, &ip), 0.0, 0, 0);
	F("modff_1.25", modff(1.25f, &ipf), 0.25f, 0, 0);
	L("modfl_-2.5", modfl(-2.5L, &ipl), -0.5L, 0, 0);
	L("modfl_-2.5_int", ipl, -2.0L, 0, 0);
}

static void roots(void)
{
	D("sqrt_2", sqrt(2.0), 0x1.6a09e667f3bcdp0, 0, NX);
	D("sqrt_4", sqrt(4.0), 2.0, 0, 0);
	D("sqrt_-0", sqrt(-0.0), -0.0, 0, 0);
	D("sqrt_-1_edom", sqrt(-1.0), NAN, EDOM, INV);
	D("sqrt_inf", sqrt(inf), INFINITY, 0, 0);
	D("sqrt_subnormal", sqrt(0x1p-1074), 0x1p-537, 0, 0);
	D("sqrt_max", sqrt(DBL_MAX), 0x1.fffffffffffffp511, 0, NX);
	F("sqrtf_2", sqrtf(2.0f), 0x1.6a09e6p0f, 0, NX);
	F("sqrtf_-inf", sqrtf(-inff), NAN, EDOM, INV);
	L("sqrtl_4", sqrtl(4.0L), 2.0L, 0, 0);
	L("sqrtl_true_min_x4", sqrtl(4 * LDBL_TRUE_MIN * LDBL_TRUE_MIN / LDBL_TRUE_MIN), 0, 0, 0);
	L("sqrtl_-1_edom", sqrtl(-1.0L), NAN, EDOM, INV);
	L("sqrtl_1+eps_squared", sqrtl((1 + LDBL_EPSILON) * (1 + LDBL_EPSILON)), 1 + LDBL_EPSILON, 0, NX);
	D("cbrt_27", cbrt(27.0), 3.0, 0, ANY);
	D("cbrt_-8", cbrt(-8.0), -2.0, 0, ANY);
	D("cbrt_-0", cbrt(-0.0), -0.0, 0, 0);
	D("cbrt_subnormal", cbrt(0x1p-1074), 0x1p-358, 0, ANY);
	D("cbrt_inf", cbrt(-inf), -INFINITY, 0, 0);
	F("cbrtf_64", cbrtf(64.0f), 4.0f, 0, ANY);
	D("hypot_3_4", hypot(3.0, 4.0), 5.0, 0, 0);
	D("hypot_max_max", hypot(DBL_MAX, DBL_MAX), INFINITY, ERANGE, OF);
	D("hypot_no_spurious_overflow", hypot(0x1p1000, 0x1p1000), 0x1.6a09e667f3bcdp1000, 0, NX);
	D("hypot_subnormals", hypot(0x3p-1074, 0x4p-1074), 0x5p-1074, 0, ANY);
	D("hypot_inf_nan", hypot(qnan, -inf), INFINITY, 0, 0);
	D("hypot_-0_-0", hypot(-0.0, -0.0), 0.0, 0, 0);
	F("hypotf_3_4", hypotf(3.0f, 4.0f), 5.0f, 0, 0);
	F("hypotf_big", hypotf(0x1p100f, 0x1p100f), 0x1.6a09e6p100f, 0, NX);
}

static void fused(void)
{
	D("fma_exact", fma(2.0, 3.0, 1.0), 7.0, 0, 0);
	D("fma_one_rounding", fma(1 + 0x1p-30, 1 + 0x1p-30, -1 - 0x1p-29), 0x1p-60, 0, 0);
	/* 1 + 2^-53 - 2^-106: just below the tie that a rounded product would land on. */
	D("fma_double_rounding_trap", fma(1 + 0x1p-52, 1 - 0x1p-53, 0x1p-106), 1.0, 0, NX);
	D("fma_cancel_to_+0", fma(2.0, 3.0, -6.0), 0.0, 0, 0);
	D("fma_tiny_z", fma(1.0, 1.0, 0x1p-1074), 1.0, 0, NX);
	D("fma_overflow", fma(DBL_MAX, 2.0, -DBL_MAX), DBL_MAX, 0, 0);
	D("fma_overflow_inf", fma(DBL_MAX, DBL_MAX, 1.0), INFINITY, 0, OF);
	D("fma_subnormal_result", fma(0x1p-600, 0x1p-474, 0x1p-1074), 0x1p-1073, 0, 0);
	D("fma_underflow", fma(0x1p-600, 0x1.8p-474, 0.0), 0x2p-1074, 0, UF);
	D("fma_inf_0_invalid", fma(inf, 0.0, 1.0), NAN, 0, INV);
	D("fma_inf_minus_inf", fma(inf, 1.0, -inf), NAN, 0, INV);
	D("fma_z_inf", fma(1.0, 2.0, -inf), -INFINITY, 0, 0);
	F("fmaf_one_rounding", fmaf(1 + 0x1p-12f, 1 + 0x1p-12f, -1 - 0x1p-11f), 0x1p-24f, 0, 0);
	/* x*y + z = 1 + 3*2^-24 - 2^-70: in double, a tie that float would round up. */
	F("fmaf_double_rounding_trap", fmaf(0x1.000002p-24f, 0x1.fffffcp-1f, 0x1.000002p0f),
	  0x1.000002p0f, 0, NX);
	F("fmaf_sticky_below_half", fmaf(0x1.000002p0f, 0x1p-1f, -0x1p-50f), 0x1.000002p-1f, 0, NX);
#ifdef FE_DOWNWARD
	fesetround(FE_DOWNWARD);
	D("fma_downward_cancel_-0", fma(2.0, 3.0, -6.0), -0.0, 0, 0);
	D("fma_downward", fma(1 + 0x1p-52, 1 + 0x1p-52, 0.0), 1 + 0x1p-51, 0, NX);
	F("fmaf_downward", fmaf(1 + 0x1p-23f, 1 + 0x1p-23f, 0.0f), 1 + 0x1p-22f, 0, NX);
	fesetround(FE_TONEAREST);
#endif
#ifdef FE_UPWARD
	fesetround(FE_UPWARD);
	D("fma_upward", fma(1 + 0x1p-52, 1 + 0x1p-52, 0.0), 1 + 0x1p-51 + 0x1p-52, 0, NX);
	D("fma_upward_max", fma(DBL_MAX, 1.0, 0x1p-1074), INFINITY, 0, OF);
	fesetround(FE_TONEAREST);
#endif
}

int main(void)
{
	rounding_functions();
	rint_modes();
	sign_and_order();
	neighbours();
	remainders();
	exponents();
	roots();
	fused();
	return t_done();
}
