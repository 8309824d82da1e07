/*
 * Differential test of the exact <math.h> functions (double, float and the
 * host's x87 long double) against the host glibc's libm: trapdoor's
 * src/math sources are compiled here as td_<name>, and each input's result
 * (bit for bit; any nan matches a nan), errno and exception flags are
 * compared.  Inputs: every pair of special values (+-0, subnormals, the
 * ends of the range, halfway points, +-inf, nan), and random ones: any bit
 * pattern, moderate magnitudes, integers and half-integers and their
 * neighbours, subnormals.  rint, nearbyint, lrint and llrint run in all four
 * rounding modes; fma's inputs include cancelling and double-rounding ones.
 * Known, documented differences: fmax/fmin of two zeros (+0 is larger
 * here); cbrt and hypot, which need not be exact, are measured in ulps
 * against glibc's long double cbrtl/hypotl (under 1 required) and only
 * their errno compared.  MATH_DIFF_SCALE=n multiplies the random counts
 * (make math-diff-full runs n = 10).
 */
#include <check.h>
#include <errno.h>
#include <fenv.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* trapdoor's functions as td_<name>, declared first: the sources call one another. */
double td_ceil(double);
double td_floor(double);
double td_trunc(double);
double td_round(double);
double td_rint(double);
double td_nearbyint(double);
double td_fabs(double);
double td_sqrt(double);
double td_cbrt(double);
double td_logb(double);
double td_copysign(double, double);
double td_fdim(double, double);
double td_fmax(double, double);
double td_fmin(double, double);
double td_fmod(double, double);
double td_remainder(double, double);
double td_hypot(double, double);
double td_nextafter(double, double);
double td_fma(double, double, double);
double td_frexp(double, int *);
double td_ldexp(double, int);
double td_scalbn(double, int);
double td_scalbln(double, long);
int td_ilogb(double);
double td_modf(double, double *);
long td_lrint(double);
long long td_llrint(double);
long td_lround(double);
long long td_llround(double);
double td_remquo(double, double, int *);
double td_nan(const char *);
double td_nexttoward(double, long double);
float td_ceilf(float);
float td_floorf(float);
float td_truncf(float);
float td_roundf(float);
float td_rintf(float);
float td_nearbyintf(float);
float td_fabsf(float);
float td_sqrtf(float);
float td_cbrtf(float);
float td_logbf(float);
float td_copysignf(float, float);
float td_fdimf(float, float);
float td_fmaxf(float, float);
float td_fminf(float, float);
float td_fmodf(float, float);
float td_remainderf(float, float);
float td_hypotf(float, float);
float td_nextafterf(float, float);
float td_fmaf(float, float, float);
float td_frexpf(float, int *);
float td_ldexpf(float, int);
float td_scalbnf(float, int);
float td_scalblnf(float, long);
int td_ilogbf(float);
float td_modff(float, float *);
long td_lrintf(float);
long long td_llrintf(float);
long td_lroundf(float);
long long td_llroundf(float);
float td_remquof(float, float, int *);
float td_nanf(const char *);
float td_nexttowardf(float, long double);
long double td_ceill(long double);
long double td_floorl(long double);
long double td_truncl(long double);
long double td_roundl(long double);
long double td_rintl(long double);
long double td_nearbyintl(long double);
long double td_fabsl(long double);
long double td_sqrtl(long double);
long double td_logbl(long double);
long double td_copysignl(long double, long double);
long double td_fdiml(long double, long double);
long double td_fmaxl(long double, long double);
long double td_fminl(long double, long double);
long double td_fmodl(long double, long double);
long double td_remainderl(long double, long double);
long double td_nextafterl(long double, long double);
long double td_frexpl(long double, int *);
long double td_ldexpl(long double, int);
long double td_scalbnl(long double, int);
long double td_scalblnl(long double, long);
int td_ilogbl(long double);
long double td_modfl(long double, long double *);
long td_lrintl(long double);
long long td_llrintl(long double);
long td_lroundl(long double);
long long td_llroundl(long double);
long double td_remquol(long double, long double, int *);
long double td_nanl(const char *);
long double td_nexttowardl(long double, long double);

/* trapdoor's functions as td_<name>: each source's statics renamed where two share a name. */
#define cbrt td_cbrt
#define cbrtf td_cbrtf
#define ceil td_ceil
#define ceilf td_ceilf
#define ceill td_ceill
#define copysign td_copysign
#define copysignf td_copysignf
#define copysignl td_copysignl
#define fabs td_fabs
#define fabsf td_fabsf
#define fabsl td_fabsl
#define fdim td_fdim
#define fdimf td_fdimf
#define fdiml td_fdiml
#define floor td_floor
#define floorf td_floorf
#define floorl td_floorl
#define fma td_fma
#define fmaf td_fmaf
#define fmax td_fmax
#define fmaxf td_fmaxf
#define fmaxl td_fmaxl
#define fmin td_fmin
#define fminf td_fminf
#define fminl td_fminl
#define fmod td_fmod
#define fmodf td_fmodf
#define fmodl td_fmodl
#define frexp td_frexp
#define frexpf td_frexpf
#define frexpl td_frexpl
#define hypot td_hypot
#define hypotf td_hypotf
#define ilogb td_ilogb
#define ilogbf td_ilogbf
#define ilogbl td_ilogbl
#define ldexp td_ldexp
#define ldexpf td_ldexpf
#define ldexpl td_ldexpl
#define llrint td_llrint
#define llrintf td_llrintf
#define llrintl td_llrintl
#define llround td_llround
#define llroundf td_llroundf
#define llroundl td_llroundl
#define logb td_logb
#define logbf td_logbf
#define logbl td_logbl
#define lrint td_lrint
#define lrintf td_lrintf
#define lrintl td_lrintl
#define lround td_lround
#define lroundf td_lroundf
#define lroundl td_lroundl
#define modf td_modf
#define modff td_modff
#define modfl td_modfl
#define nan td_nan
#define nanf td_nanf
#define nanl td_nanl
#define nearbyint td_nearbyint
#define nearbyintf td_nearbyintf
#define nearbyintl td_nearbyintl
#define nextafter td_nextafter
#define nextafterf td_nextafterf
#define nextafterl td_nextafterl
#define nexttoward td_nexttoward
#define nexttowardf td_nexttowardf
#define nexttowardl td_nexttowardl
#define remainder td_remainder
#define remainderf td_remainderf
#define remainderl td_remainderl
#define remquo td_remquo
#define remquof td_remquof
#define remquol td_remquol
#define rint td_rint
#define rintf td_rintf
#define rintl td_rintl
#define round td_round
#define roundf td_roundf
#define roundl td_roundl
#define scalbln td_scalbln
#define scalblnf td_scalblnf
#define scalblnl td_scalblnl
#define scalbn td_scalbn
#define scalbnf td_scalbnf
#define scalbnl td_scalbnl
#define sqrt td_sqrt
#define sqrtf td_sqrtf
#define sqrtl td_sqrtl
#define trunc td_trunc
#define truncf td_truncf
#define truncl td_truncl
#define unpack fmod_unpack
#include "../../src/math/__fmod_q.c"
#undef MANT
#undef unpack
#define unpack fmodf_unpack
#include "../../src/math/__fmodf_q.c"
#undef MANT
#undef unpack
#include "../../src/math/__fmodl_q.c"
#include "../../src/math/cbrt.c"
#include "../../src/math/cbrtf.c"
#include "../../src/math/ceil.c"
#include "../../src/math/ceilf.c"
#include "../../src/math/ceill.c"
#include "../../src/math/copysign.c"
#include "../../src/math/copysignf.c"
#include "../../src/math/copysignl.c"
#include "../../src/math/fabs.c"
#include "../../src/math/fabsf.c"
#include "../../src/math/fabsl.c"
#include "../../src/math/fdim.c"
#include "../../src/math/fdimf.c"
#include "../../src/math/fdiml.c"
#include "../../src/math/floor.c"
#include "../../src/math/floorf.c"
#include "../../src/math/floorl.c"
#include "../../src/math/fma.c"
#include "../../src/math/fmaf.c"
#include "../../src/math/fmax.c"
#include "../../src/math/fmaxf.c"
#include "../../src/math/fmaxl.c"
#include "../../src/math/fmin.c"
#include "../../src/math/fminf.c"
#include "../../src/math/fminl.c"
#include "../../src/math/fmod.c"
#include "../../src/math/fmodf.c"
#include "../../src/math/fmodl.c"
#include "../../src/math/frexp.c"
#include "../../src/math/frexpf.c"
#include "../../src/math/frexpl.c"
#include "../../src/math/hypot.c"
#include "../../src/math/hypotf.c"
#include "../../src/math/ilogb.c"
#include "../../src/math/ilogbf.c"
#include "../../src/math/ilogbl.c"
#include "../../src/math/ldexp.c"
#include "../../src/math/ldexpf.c"
#include "../../src/math/ldexpl.c"
#include "../../src/math/llrint.c"
#include "../../src/math/llrintf.c"
#include "../../src/math/llrintl.c"
#include "../../src/math/llround.c"
#include "../../src/math/llroundf.c"
#include "../../src/math/llroundl.c"
#include "../../src/math/logb.c"
#include "../../src/math/logbf.c"
#include "../../src/math/logbl.c"
#include "../../src/math/lrint.c"
#include "../../src/math/lrintf.c"
#include "../../src/math/lrintl.c"
#include "../../src/math/lround.c"
#include "../../src/math/lroundf.c"
#include "../../src/math/lroundl.c"
#include "../../src/math/modf.c"
#include "../../src/math/modff.c"
#include "../../src/math/modfl.c"
#include "../../src/math/nan.c"
#include "../../src/math/nanf.c"
#include "../../src/math/nanl.c"
#include "../../src/math/nearbyint.c"
#include "../../src/math/nearbyintf.c"
#include "../../src/math/nearbyintl.c"
#include "../../src/math/nextafter.c"
#include "../../src/math/nextafterf.c"
#include "../../src/math/nextafterl.c"
#include "../../src/math/nexttoward.c"
#include "../../src/math/nexttowardf.c"
#include "../../src/math/nexttowardl.c"
#include "../../src/math/remainder.c"
#include "../../src/math/remainderf.c"
#include "../../src/math/remainderl.c"
#include "../../src/math/remquo.c"
#include "../../src/math/remquof.c"
#include "../../src/math/remquol.c"
#include "../../src/math/rint.c"
#include "../../src/math/rintf.c"
#include "../../src/math/rintl.c"
#include "../../src/math/round.c"
#include "../../src/math/roundf.c"
#include "../../src/math/roundl.c"
#include "../../src/math/scalbln.c"
#include "../../src/math/scalblnf.c"
#include "../../src/math/scalblnl.c"
#include "../../src/math/scalbn.c"
#include "../../src/math/scalbnf.c"
#include "../../src/math/scalbnl.c"
#include "../../src/math/sqrt.c"
#include "../../src/math/sqrtf.c"
#include "../../src/math/sqrtl.c"
#include "../../src/math/trunc.c"
#include "../../src/math/truncf.c"
#include "../../src/math/truncl.c"
#undef cbrt
#undef cbrtf
#undef ceil
#undef ceilf
#undef ceill
#undef copysign
#undef copysignf
#undef copysignl
#undef fabs
#undef fabsf
#undef fabsl
#undef fdim
#undef fdimf
#undef fdiml
#undef floor
#undef floorf
#undef floorl
#undef fma
#undef fmaf
#undef fmax
#undef fmaxf
#undef fmaxl
#undef fmin
#undef fminf
#undef fminl
#undef fmod
#undef fmodf
#undef fmodl
#undef frexp
#undef frexpf
#undef frexpl
#undef hypot
#undef hypotf
#undef ilogb
#undef ilogbf
#undef ilogbl
#undef ldexp
#undef ldexpf
#undef ldexpl
#undef llrint
#undef llrintf
#undef llrintl
#undef llround
#undef llroundf
#undef llroundl
#undef logb
#undef logbf
#undef logbl
#undef lrint
#undef lrintf
#undef lrintl
#undef lround
#undef lroundf
#undef lroundl
#undef modf
#undef modff
#undef modfl
#undef nan
#undef nanf
#undef nanl
#undef nearbyint
#undef nearbyintf
#undef nearbyintl
#undef nextafter
#undef nextafterf
#undef nextafterl
#undef nexttoward
#undef nexttowardf
#undef nexttowardl
#undef remainder
#undef remainderf
#undef remainderl
#undef remquo
#undef remquof
#undef remquol
#undef rint
#undef rintf
#undef rintl
#undef round
#undef roundf
#undef roundl
#undef scalbln
#undef scalblnf
#undef scalblnl
#undef scalbn
#undef scalbnf
#undef scalbnl
#undef sqrt
#undef sqrtf
#undef sqrtl
#undef trunc
#undef truncf
#undef truncl

static long scale = 1, cases;
static uint64_t rng = 0x2545f4914f6cdd1du;
static double max_ulp_cbrt, max_ulp_cbrtf, max_ulp_hypot, max_ulp_hypotf;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static long count(long n)
{
	return n * scale;
}

static double as_d(uint64_t u)
{
	double x;

	memcpy(&x, &u, sizeof x);
	return x;
}

static float as_f(uint32_t u)
{
	float x;

	memcpy(&x, &u, sizeof x);
	return x;
}

/* Any bits, a moderate magnitude, an integer or half-integer or a neighbour, a subnormal. */
static double rand_d(void)
{
	uint64_t u = next(), k = next();
	double x;

	switch (k & 3) {
	case 0:
		return as_d(u);
	case 1:
		return ldexp(as_d((u >> 12) | (uint64_t)0x3ff << 52), (int)(k >> 8) % 70 - 5) *
		       (k & 4 ? -1 : 1);
	case 2:
		x = (double)(int64_t)(u >> (k >> 8) % 64) / (k & 4 ? 2 : 1);
		if (k & 8)
			x = nextafter(x, k & 16 ? INFINITY : -INFINITY);
		return k & 32 ? -x : x;
	default:
		return as_d(u >> ((k >> 8) % 20) & ~((uint64_t)0x7fe << 52));
	}
}

static float rand_f(void)
{
	uint32_t u = (uint32_t)next(), k = (uint32_t)next();
	float x;

	switch (k & 3) {
	case 0:
		return as_f(u);
	case 1:
		return ldexpf(as_f((u >> 9) | 0x7fu << 23), (int)(k >> 8) % 40 - 5) * (k & 4 ? -1 : 1);
	case 2:
		x = (float)(int32_t)(u >> (k >> 8) % 32) / (k & 4 ? 2 : 1);
		if (k & 8)
			x = nextafterf(x, k & 16 ? INFINITY : -INFINITY);
		return k & 32 ? -x : x;
	default:
		return as_f(u >> ((k >> 8) % 12) & ~(0xfeu << 23));
	}
}

/* x87: a random significand (integer bit set, or clear for a subnormal) and exponent. */
static long double rand_l(void)
{
	uint64_t m = next(), k = next();
	uint16_t se;
	long double x = 0;
	int e;

	if ((k & 7) == 0)
		return (long double)rand_d();
	e = (k & 8) ? (int)((k >> 8) % 32767) : 16383 + (int)((k >> 8) % 140) - 70;
	if (e == 0)
		m &= ~((uint64_t)1 << 63);
	else
		m |= (uint64_t)1 << 63;
	if ((k & 0x30) == 0x30)
		m &= ~(uint64_t)0 << ((k >> 24) % 64);
	se = (uint16_t)(e | (k & 0x40 ? 0x8000 : 0));
	memcpy(&x, &m, 8);
	memcpy((char *)&x + 8, &se, 2);
	return x;
}

static const double sp_d[] = {
	0.0, -0.0, 0x1p-1074, -0x1p-1074, 0x0.fffffffffffffp-1022, 0x1p-1022, -0x1p-1022,
	0x1.0000000000001p-1022, 0.25, 0.5, -0.5, 0x1.fffffffffffffp-2, 1.0, -1.0,
	0x1.0000000000001p0, 1.5, -1.5, 2.0, 2.5, -2.5, 3.0, 3.5, 7.0, 10.0, 1e10, 0x1p52,
	0x1p52 + 1, -0x1p52 - 1, 0x1p52 - 0.5, 0x1p53, 0x1p62, 0x1p63, -0x1p63, 0x1p64,
	2147483647.5, -2147483648.5, 0x1p31, 1e300, DBL_MAX, -DBL_MAX, INFINITY, -INFINITY, NAN,
	-NAN,
};
static const float sp_f[] = {
	0.0f, -0.0f, 0x1p-149f, -0x1p-149f, 0x1p-126f, 0x1.000002p-126f, 0.25f, 0.5f, -0.5f,
	0x1.fffffep-2f, 1.0f, -1.0f, 1.5f, -2.5f, 3.0f, 7.0f, 0x1p23f, 0x1p23f + 1, 0x1p24f,
	0x1p31f, -0x1p31f, 0x1p63f, -0x1p63f, 1e30f, FLT_MAX, -FLT_MAX, INFINITY, -INFINITY, NAN,
};
static const long double sp_l[] = {
	0.0L, -0.0L, LDBL_TRUE_MIN, -LDBL_TRUE_MIN, LDBL_MIN, -LDBL_MIN, 0.5L, -0.5L, 1.0L,
	-1.0L, 1 + LDBL_EPSILON, 1.5L, -2.5L, 3.0L, 0x1p63L, 0x1p63L + 1, -0x1p63L, 0x1p64L,
	0x1p62L + 0.5L, 1e300L, 1e4000L, LDBL_MAX, -LDBL_MAX, INFINITY, -INFINITY, NAN,
};
#define NSP(a) (sizeof a / sizeof *a)

static int same_d(double a, double b)
{
	return (isnan(a) && isnan(b)) || (a == b && !signbit(a) == !signbit(b));
}

static int same_f(float a, float b)
{
	return (isnan(a) && isnan(b)) || (a == b && !signbit(a) == !signbit(b));
}

static int same_l(long double a, long double b)
{
	return (isnan(a) && isnan(b)) || (a == b && !signbit(a) == !signbit(b));
}

/*
 * glibc returns -0 for some exact zero remainders of a positive x by a
 * subnormal y; IEEE 754 gives a zero remainder x's sign, as trapdoor does.
 */
static int same_rd(double a, double b)
{
	return same_d(a, b) || (a == 0 && b == 0);
}

static int same_rf(float a, float b)
{
	return same_f(a, b) || (a == 0 && b == 0);
}

static int same_rl(long double a, long double b)
{
	return same_l(a, b) || (a == 0 && b == 0);
}

static int same_i(long long a, long long b)
{
	return a == b;
}

/* Runs call with errno and the flags cleared, then reads both. */
#define RUN(r, e, f, call) do { \
	errno = 0; \
	feclearexcept(FE_ALL_EXCEPT); \
	r = call; \
	f = fetestexcept(FE_ALL_EXCEPT); \
	e = errno; \
} while (0)

/* One input: value (by same_<kind>), errno and flags of td_name and glibc's name. */
#define CMP(kind, T, name, args, fmt, ...) do { \
	T r1_, r2_; \
	int e1_, e2_, f1_, f2_; \
	RUN(r1_, e1_, f1_, td_##name args); \
	RUN(r2_, e2_, f2_, name args); \
	cases++; \
	ck_assert_msg(same_##kind(r1_, r2_) && e1_ == e2_ && f1_ == f2_, \
		      #name "(" fmt "): trapdoor %La errno %d flags %#x, glibc %La errno %d flags %#x", \
		      __VA_ARGS__, (long double)r1_, e1_, f1_, (long double)r2_, e2_, f2_); \
} while (0)

/* Every special value, then n random ones (a uniform generator gen of type T). */
#define UNARY(kind, T, name, sp, gen, n) do { \
	long i_; \
	for (i_ = 0; i_ < (long)NSP(sp); i_++) \
		CMP(kind, T, name, (sp[i_]), "%La", (long double)sp[i_]); \
	for (i_ = 0; i_ < (n); i_++) { \
		__typeof__(sp[0]) x_ = gen(); \
		CMP(kind, T, name, (x_), "%La", (long double)x_); \
	} \
} while (0)

/* Every pair of special values, then n random pairs. */
#define BINARY(kind, T, name, sp, gen, n) do { \
	long i_, j_; \
	for (i_ = 0; i_ < (long)NSP(sp); i_++) \
		for (j_ = 0; j_ < (long)NSP(sp); j_++) \
			CMP(kind, T, name, (sp[i_], sp[j_]), "%La, %La", (long double)sp[i_], \
			    (long double)sp[j_]); \
	for (i_ = 0; i_ < (n); i_++) { \
		__typeof__(sp[0]) x_ = gen(), y_ = (next() & 3) ? gen() : sp[next() % NSP(sp)]; \
		CMP(kind, T, name, (x_, y_), "%La, %La", (long double)x_, (long double)y_); \
	} \
} while (0)

#define N 100000

START_TEST(rounding)
{
	UNARY(d, double, floor, sp_d, rand_d, count(N));
	UNARY(d, double, ceil, sp_d, rand_d, count(N));
	UNARY(d, double, trunc, sp_d, rand_d, count(N));
	UNARY(d, double, round, sp_d, rand_d, count(N));
	UNARY(i, long long, lround, sp_d, rand_d, count(N));
	UNARY(i, long long, llround, sp_d, rand_d, count(N));
	UNARY(f, float, floorf, sp_f, rand_f, count(N));
	UNARY(f, float, ceilf, sp_f, rand_f, count(N));
	UNARY(f, float, truncf, sp_f, rand_f, count(N));
	UNARY(f, float, roundf, sp_f, rand_f, count(N));
	UNARY(i, long long, lroundf, sp_f, rand_f, count(N));
	UNARY(i, long long, llroundf, sp_f, rand_f, count(N));
	UNARY(l, long double, floorl, sp_l, rand_l, count(N));
	UNARY(l, long double, ceill, sp_l, rand_l, count(N));
	UNARY(l, long double, truncl, sp_l, rand_l, count(N));
	UNARY(l, long double, roundl, sp_l, rand_l, count(N));
	UNARY(i, long long, lroundl, sp_l, rand_l, count(N));
	UNARY(i, long long, llroundl, sp_l, rand_l, count(N));
}
END_TEST

START_TEST(rint_modes)
{
	static const int modes[] = { FE_TONEAREST, FE_DOWNWARD, FE_UPWARD, FE_TOWARDZERO };
	unsigned m;

	for (m = 0; m < 4; m++) {
		fesetround(modes[m]);
		UNARY(d, double, rint, sp_d, rand_d, count(N) / 2);
		UNARY(d, double, nearbyint, sp_d, rand_d, count(N) / 2);
		UNARY(i, long long, lrint, sp_d, rand_d, count(N) / 2);
		UNARY(i, long long, llrint, sp_d, rand_d, count(N) / 2);
		UNARY(f, float, rintf, sp_f, rand_f, count(N) / 2);
		UNARY(f, float, nearbyintf, sp_f, rand_f, count(N) / 2);
		UNARY(i, long long, lrintf, sp_f, rand_f, count(N) / 2);
		UNARY(i, long long, llrintf, sp_f, rand_f, count(N) / 2);
		UNARY(l, long double, rintl, sp_l, rand_l, count(N) / 2);
		UNARY(l, long double, nearbyintl, sp_l, rand_l, count(N) / 2);
		UNARY(i, long long, lrintl, sp_l, rand_l, count(N) / 2);
		UNARY(i, long long, llrintl, sp_l, rand_l, count(N) / 2);
	}
	fesetround(FE_TONEAREST);
}
END_TEST

/* fmax and fmin: two zeros are compared by value only (+0 is the larger here). */
#define ZEROS_ALIKE(T, name) \
	static T name##_z(T x, T y) \
	{ \
		return x == 0 && y == 0 ? name(x, y) : td_##name(x, y); \
	}
ZEROS_ALIKE(double, fmax)
ZEROS_ALIKE(double, fmin)
ZEROS_ALIKE(float, fmaxf)
ZEROS_ALIKE(float, fminf)
ZEROS_ALIKE(long double, fmaxl)
ZEROS_ALIKE(long double, fminl)
#define CMPZ(kind, T, name, sp, gen) do { \
	long i_; \
	for (i_ = 0; i_ < (long)NSP(sp) * (long)NSP(sp) + count(N); i_++) { \
		__typeof__(sp[0]) x_ = i_ < (long)NSP(sp) * (long)NSP(sp) ? sp[i_ / NSP(sp)] : gen(); \
		__typeof__(sp[0]) y_ = i_ < (long)NSP(sp) * (long)NSP(sp) ? sp[i_ % NSP(sp)] : gen(); \
		T r1_ = name##_z(x_, y_), r2_ = name(x_, y_); \
		cases++; \
		ck_assert_msg(same_##kind(r1_, r2_), #name "(%La, %La): %La, glibc %La", \
			      (long double)x_, (long double)y_, (long double)r1_, (long double)r2_); \
	} \
} while (0)

START_TEST(sign_and_order)
{
	UNARY(d, double, fabs, sp_d, rand_d, count(N));
	BINARY(d, double, copysign, sp_d, rand_d, count(N));
	BINARY(d, double, fdim, sp_d, rand_d, count(N));
	BINARY(d, double, nextafter, sp_d, rand_d, count(N));
	CMPZ(d, double, fmax, sp_d, rand_d);
	CMPZ(d, double, fmin, sp_d, rand_d);
	UNARY(f, float, fabsf, sp_f, rand_f, count(N));
	BINARY(f, float, copysignf, sp_f, rand_f, count(N));
	BINARY(f, float, fdimf, sp_f, rand_f, count(N));
	BINARY(f, float, nextafterf, sp_f, rand_f, count(N));
	CMPZ(f, float, fmaxf, sp_f, rand_f);
	CMPZ(f, float, fminf, sp_f, rand_f);
	UNARY(l, long double, fabsl, sp_l, rand_l, count(N));
	BINARY(l, long double, copysignl, sp_l, rand_l, count(N));
	BINARY(l, long double, fdiml, sp_l, rand_l, count(N));
	BINARY(l, long double, nextafterl, sp_l, rand_l, count(N));
	BINARY(l, long double, nexttowardl, sp_l, rand_l, count(N));
	CMPZ(l, long double, fmaxl, sp_l, rand_l);
	CMPZ(l, long double, fminl, sp_l, rand_l);
}
END_TEST

START_TEST(nexttoward_and_nan)
{
	static const char *tags[] = { "", "0", "5", "0x7", "abc", "123456789", "0x8000000000000",
				      "0xfffffffffffff", "-1", "12x", "0x", "077" };
	long i;
	unsigned t;

	for (i = 0; i < count(N); i++) {
		double x = i < (long)NSP(sp_d) ? sp_d[i] : rand_d();
		float xf = i < (long)NSP(sp_f) ? sp_f[i] : rand_f();
		long double y = i < (long)NSP(sp_l) ? sp_l[i] : next() & 1 ? (long double)rand_d() : rand_l();

		if (next() & 1)
			y = nextafterl((long double)x, next() & 1 ? INFINITY : -INFINITY);
		CMP(d, double, nexttoward, (x, y), "%La, %La", (long double)x, y);
		CMP(f, float, nexttowardf, (xf, y), "%La, %La", (long double)xf, y);
	}
	for (t = 0; t < NSP(tags); t++) {
		double a = td_nan(tags[t]), b = nan(tags[t]);
		float af = td_nanf(tags[t]), bf = nanf(tags[t]);

		ck_assert_msg(!memcmp(&a, &b, sizeof a), "nan(\"%s\"): %a, glibc %a", tags[t], a, b);
		ck_assert_msg(!memcmp(&af, &bf, sizeof af), "nanf(\"%s\")", tags[t]);
		ck_assert_msg(isnan(td_nanl(tags[t])), "nanl(\"%s\")", tags[t]);
		cases += 3;
	}
}
END_TEST

START_TEST(remainders)
{
	long i;
	int q1, q2;

	BINARY(d, double, fmod, sp_d, rand_d, count(N));
	BINARY(rd, double, remainder, sp_d, rand_d, count(N));
	BINARY(f, float, fmodf, sp_f, rand_f, count(N));
	BINARY(rf, float, remainderf, sp_f, rand_f, count(N));
	BINARY(l, long double, fmodl, sp_l, rand_l, count(N) / 10);
	BINARY(rl, long double, remainderl, sp_l, rand_l, count(N) / 10);
	for (i = 0; i < count(N); i++) {
		double x = rand_d(), y = rand_d();
		float xf = rand_f(), yf = rand_f();
		long double xl = rand_l(), yl = rand_l();

		CMP(rd, double, remquo, (x, y, &q1), "%La, %La", (long double)x, (long double)y);
		td_remquo(x, y, &q1), remquo(x, y, &q2);
		/* glibc's quotient is right modulo 8 too, but may be 8 for 0. */
		ck_assert_msg((q1 - q2) % 8 == 0 || isnan(remquo(x, y, &q2)),
			      "remquo(%a, %a) quo %d, glibc %d", x, y, q1, q2);
		CMP(rf, float, remquof, (xf, yf, &q1), "%La, %La", (long double)xf, (long double)yf);
		td_remquof(xf, yf, &q1), remquof(xf, yf, &q2);
		ck_assert_msg((q1 - q2) % 8 == 0 || isnan(xf - yf) || yf == 0 || isinf(xf), "remquof quo");
		if (i % 10)
			continue;
		CMP(rl, long double, remquol, (xl, yl, &q1), "%La, %La", xl, yl);
		td_remquol(xl, yl, &q1), remquol(xl, yl, &q2);
		ck_assert_msg((q1 - q2) % 8 == 0 || isnan(xl - yl) || yl == 0 || isinf(xl), "remquol(%La, %La) quo %d, glibc %d",
			      xl, yl, q1, q2);
	}
}
END_TEST

static int rand_exp(void)
{
	static const int sp[] = { INT_MIN, INT_MAX, 0, 1, -1, 1074, -1074, 1075, -1075, 2098, -2098,
				  16384, -16384, 16445, -16446, 32767, -32767 };
	uint64_t k = next();

	return k & 1 ? sp[(k >> 8) % NSP(sp)] : (int)((k >> 8) % 70000) - 35000;
}

START_TEST(exponents)
{
	long i;
	int e1, e2;

	UNARY(i, long long, ilogb, sp_d, rand_d, count(N));
	UNARY(d, double, logb, sp_d, rand_d, count(N));
	UNARY(i, long long, ilogbf, sp_f, rand_f, count(N));
	UNARY(f, float, logbf, sp_f, rand_f, count(N));
	UNARY(i, long long, ilogbl, sp_l, rand_l, count(N));
	UNARY(l, long double, logbl, sp_l, rand_l, count(N));
	for (i = 0; i < count(N); i++) {
		double x = i < (long)NSP(sp_d) ? sp_d[i] : rand_d(), ip1, ip2;
		float xf = i < (long)NSP(sp_f) ? sp_f[i] : rand_f(), ipf1, ipf2;
		long double xl = i < (long)NSP(sp_l) ? sp_l[i] : rand_l(), ipl1, ipl2;
		int n = rand_exp();
		long ln = next() & 7 ? n : (next() & 1 ? LONG_MAX : LONG_MIN);

		CMP(d, double, ldexp, (x, n), "%La, %d", (long double)x, n);
		CMP(d, double, scalbn, (x, n), "%La, %d", (long double)x, n);
		CMP(d, double, scalbln, (x, ln), "%La, %ld", (long double)x, ln);
		CMP(f, float, ldexpf, (xf, n), "%La, %d", (long double)xf, n);
		CMP(f, float, scalbnf, (xf, n), "%La, %d", (long double)xf, n);
		CMP(f, float, scalblnf, (xf, ln), "%La, %ld", (long double)xf, ln);
		CMP(l, long double, ldexpl, (xl, n), "%La, %d", xl, n);
		CMP(l, long double, scalbnl, (xl, n), "%La, %d", xl, n);
		CMP(l, long double, scalblnl, (xl, ln), "%La, %ld", xl, ln);
		CMP(d, double, frexp, (x, &e1), "%La", (long double)x);
		td_frexp(x, &e1), frexp(x, &e2);
		ck_assert_msg(e1 == e2 || !isfinite(x), "frexp(%a) exp %d, glibc %d", x, e1, e2);
		CMP(f, float, frexpf, (xf, &e1), "%La", (long double)xf);
		td_frexpf(xf, &e1), frexpf(xf, &e2);
		ck_assert_msg(e1 == e2 || !isfinite(xf), "frexpf(%a) exp %d, glibc %d", xf, e1, e2);
		CMP(l, long double, frexpl, (xl, &e1), "%La", xl);
		td_frexpl(xl, &e1), frexpl(xl, &e2);
		ck_assert_msg(e1 == e2 || !isfinite(xl), "frexpl(%La) exp %d, glibc %d", xl, e1, e2);
		CMP(d, double, modf, (x, &ip1), "%La", (long double)x);
		td_modf(x, &ip1), modf(x, &ip2);
		ck_assert_msg(same_d(ip1, ip2), "modf(%a) integral part", x);
		CMP(f, float, modff, (xf, &ipf1), "%La", (long double)xf);
		td_modff(xf, &ipf1), modff(xf, &ipf2);
		ck_assert_msg(same_f(ipf1, ipf2), "modff(%a) integral part", xf);
		CMP(l, long double, modfl, (xl, &ipl1), "%La", xl);
		td_modfl(xl, &ipl1), modfl(xl, &ipl2);
		ck_assert_msg(same_l(ipl1, ipl2), "modfl(%La) integral part", xl);
	}
}
END_TEST

START_TEST(square_roots)
{
	UNARY(d, double, sqrt, sp_d, rand_d, count(N));
	UNARY(f, float, sqrtf, sp_f, rand_f, count(N));
	UNARY(l, long double, sqrtl, sp_l, rand_l, count(N));
}
END_TEST

/* Random triples, and ones where z cancels most of x*y or sits by a rounding boundary. */
START_TEST(fused)
{
	static const int modes[] = { FE_TONEAREST, FE_DOWNWARD, FE_UPWARD, FE_TOWARDZERO };
	long i;

	for (i = 0; i < 4 * count(N); i++) {
		double x = rand_d(), y = rand_d(), z = rand_d();
		float xf = rand_f(), yf = rand_f(), zf = rand_f();
		uint64_t k = next();

		if (i % 5 == 0)
			fesetround(modes[(i / 5) % 4]);
		if (k & 1) {
			z = -(x * y);
			zf = -(xf * yf);
			if (k & 2)
				z = nextafter(z, k & 4 ? INFINITY : -INFINITY);
			if (k & 8)
				zf = nextafterf(zf, k & 16 ? INFINITY : -INFINITY);
		} else if (k & 2) {
			z = ldexp(z, -(int)((k >> 8) % 120));
			zf = ldexpf(zf, -(int)((k >> 8) % 60));
		}
		CMP(d, double, fma, (x, y, z), "%La, %La, %La", (long double)x, (long double)y,
		    (long double)z);
		CMP(f, float, fmaf, (xf, yf, zf), "%La, %La, %La", (long double)xf, (long double)yf,
		    (long double)zf);
	}
	fesetround(FE_TONEAREST);
}
END_TEST

/* |got - want| in units of got's last place, want in long double. */
static double ulps(long double got, long double want, int mant, int emin)
{
	int e;

	if (isnan(got) && isnan(want))
		return 0;
	if (isinf(got) || isinf(want))
		return got == want ? 0 : 1e9;
	e = want == 0 ? emin : ilogbl(want);
	if (e < emin)
		e = emin;
	return (double)(fabsl(got - want) / ldexpl(1, e - mant + 1));
}

#define ULP(maxv, T, call, want, mant, emin, fmt, ...) do { \
	T got_; \
	int e_; \
	double u_; \
	errno = 0; \
	got_ = call; \
	e_ = errno; \
	/* A true result past the format's largest rounds to infinity. */ \
	u_ = ulps(got_, isinf((T)want) ? (T)want : want, mant, emin); \
	cases++; \
	if (u_ > maxv) \
		maxv = u_; \
	ck_assert_msg(u_ < 1, #call " " fmt ": %La, %.3f ulp", __VA_ARGS__, (long double)got_, u_); \
	ck_assert_msg(e_ == want##_errno, #call " " fmt ": errno %d", __VA_ARGS__, e_); \
} while (0)

START_TEST(cbrt_and_hypot)
{
	long i;

	for (i = 0; i < count(N); i++) {
		double x = i < (long)NSP(sp_d) ? sp_d[i] : rand_d(), y = rand_d();
		float xf = i < (long)NSP(sp_f) ? sp_f[i] : rand_f(), yf = rand_f();
		long double c = cbrtl(x), cf = cbrtl(xf), h, hf;
		int c_errno = 0, cf_errno = 0, h_errno, hf_errno;

		if (next() & 1)
			y = ldexp(x, -(int)(next() % 60)) * (next() & 1 ? 1 : 1.5);
		errno = 0;
		hypot(x, y);
		h_errno = errno;
		h = hypotl(x, y);
		errno = 0;
		hypotf(xf, yf);
		hf_errno = errno;
		hf = hypotl(xf, yf);
		ULP(max_ulp_cbrt, double, td_cbrt(x), c, DBL_MANT_DIG, DBL_MIN_EXP - 1, "%a", x);
		ULP(max_ulp_cbrtf, float, td_cbrtf(xf), cf, FLT_MANT_DIG, FLT_MIN_EXP - 1, "%a", xf);
		ULP(max_ulp_hypot, double, td_hypot(x, y), h, DBL_MANT_DIG, DBL_MIN_EXP - 1, "%a %a", x, y);
		ULP(max_ulp_hypotf, float, td_hypotf(xf, yf), hf, FLT_MANT_DIG, FLT_MIN_EXP - 1, "%a %a", xf,
		    yf);
	}
}
END_TEST

START_TEST(count_cases)
{
	ck_assert_msg(cases > 5000000 * scale / 2, "only %ld cases compared", cases);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("math_diff");
	TCase *tc = tcase_create("glibc");
	SRunner *sr;
	int failed;

	if (getenv("MATH_DIFF_SCALE"))
		scale = atol(getenv("MATH_DIFF_SCALE"));
	tcase_set_timeout(tc, 0);
	tcase_add_test(tc, rounding);
	tcase_add_test(tc, rint_modes);
	tcase_add_test(tc, sign_and_order);
	tcase_add_test(tc, nexttoward_and_nan);
	tcase_add_test(tc, remainders);
	tcase_add_test(tc, exponents);
	tcase_add_test(tc, square_roots);
	tcase_add_test(tc, fused);
	tcase_add_test(tc, cbrt_and_hypot);
	tcase_add_test(tc, count_cases);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	fprintf(stderr, "math_diff: %ld cases; max ulp: cbrt %.3f cbrtf %.3f hypot %.3f hypotf %.3f\n",
		cases, max_ulp_cbrt, max_ulp_cbrtf, max_ulp_hypot, max_ulp_hypotf);
	return failed ? 1 : 0;
}
