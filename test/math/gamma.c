/*
 * tgamma, lgamma, lgamma_r, signgam and their float forms on this target:
 * within one ulp of correctly rounded values (mpmath, 80 digits) at the
 * hard spots (lgamma next to its zeros at 1, 2 and below -2, tgamma at the
 * overflow threshold and in the subnormals), and Annex F's and glibc's
 * special values with errno, the four exception flags and the sign.
 * Built with -fno-builtin: every call reaches the library.
 */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <string.h>
#include "t.h"

#ifndef FE_INVALID
#define FE_INVALID 0
#define FE_DIVBYZERO 0
#define FE_OVERFLOW 0
#define FE_UNDERFLOW 0
#endif
#define FLAGS (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW)
#define INV FE_INVALID
#define DZ FE_DIVBYZERO
#define OF FE_OVERFLOW
#define UF FE_UNDERFLOW

static uint64_t bits(double x)
{
	uint64_t u;
	memcpy(&u, &x, sizeof u);
	return u;
}

static uint32_t bitsf(float x)
{
	uint32_t u;
	memcpy(&u, &x, sizeof u);
	return u;
}

/* got is want or one of its two neighbours (same sign). */
static int near1(double got, double want)
{
	uint64_t g = bits(got), w = bits(want);
	return (g >> 63) == (w >> 63) && (g > w ? g - w : w - g) <= 1;
}

static int near1f(float got, float want)
{
	uint32_t g = bitsf(got), w = bitsf(want);
	return (g >> 31) == (w >> 31) && (g > w ? g - w : w - g) <= 1;
}

/* Correctly rounded values: lgamma near its zeros, poles and overflow. */
static const struct { double x, want; } lg[] = {
	{ 0x1.0000000000001p+0, -0x1.2788cfc6fb617p-53 },
	{ 0x1.fffffffffffffp-1, 0x1.2788cfc6fb61ap-54 },
	{ 0x1.0000000000001p+1, 0x1.b0ee6072093d1p-53 },
	{ 0x1.fffffffffffffp+0, -0x1.b0ee6072093cdp-54 },
	{ 0x1.0000000000000p-1, 0x1.250d048e7a1bdp-1 },
	{ 0x1.8000000000000p+1, 0x1.62e42fefa39efp-1 },
	{ -0x1.0000000000000p-1, 0x1.43f89a3f0edd6p+0 },
	{ -0x1.4000000000000p+1, -0x1.ccbf9f5ed0f16p-5 },
	{ 0x1.56e1fc2f8f359p-997, 0x1.5963447f87fb5p+9 },
	{ 0x1.7e43c8800759cp+996, 0x1.017f38e7a1ab5p+1006 },
	{ 0x1.1000000000000p+3, 0x1.319398ed5be28p+3 },
	{ 0x1.9000000000000p+6, 0x1.67225b4879462p+8 },
	{ -0x1.5500000000000p+7, -0x1.61ffcca844ad9p+9 },
	{ -0x1.b7cdfd9d7bdbbp-34, 0x1.7069e2aa2e9d2p+4 },
	{ -0x1.fffffffffe000p-1, 0x1.bb9d3beb8c8d7p+4 },
	{ 0x1.754d9278b51a7p+1014, 0x1.fffffffffffffp+1023 },
	{ -0x1.3a7fc9600f86cp+1, 0x1.0323b6d1fe86dp-54 },
	{ -0x1.5fb410a1bd901p+1, 0x1.8fb8530ba7689p-53 },
	{ -0x1.9260dbc9e59afp+1, 0x1.e9605e3ae7a62p-50 },
	{ -0x1.fa471547c2fe3p+1, -0x1.5310da346b632p-46 },
	{ -0x1.0284e78599581p+2, -0x1.982d05a2f456bp-48 },
	{ -0x1.4086a57f0b6dap+2, -0x1.d50b5e02beb78p-44 },
	{ -0x1.c0033fdedfe1fp+2, -0x1.638f6c2b4fb95p-40 },
	{ -0x1.3fffff6c0d7c0p+3, 0x1.e71234a0c85f6p-30 },
};

/* tgamma: exact factorials, overflow's edge, subnormal results. */
static const struct { double x, want; } tg[] = {
	{ 0x1.0000000000000p-1, 0x1.c5bf891b4ef6bp+0 },
	{ -0x1.0000000000000p-1, -0x1.c5bf891b4ef6bp+1 },
	{ -0x1.8000000000000p+0, 0x1.2e7fb0bcdf4f2p+1 },
	{ 0x1.7000000000000p+4, 0x1.e77526159f06cp+69 },
	{ 0x0.730d67819e8d2p-1022, 0x1.1ccf385ebc8a0p+1023 },
	{ 0x1.79ca10c924223p-67, 0x1.5af1d78b58c40p+66 },
	{ 0x1.5700000000000p+7, 0x1.0e1863dcad789p+1023 },
	{ 0x1.571fa1a3e6e30p+7, 0x1.7316745c2881ap+1023 },
	{ -0x1.5700000000000p+7, 0x0.0238ee05c879ep-1022 },
	{ -0x1.5f00000000000p+7, 0x0.000000000a6a0p-1022 },
	{ -0x1.6300000000000p+7, 0x0.0000000000001p-1022 },
	{ 0x1.0000000400000p+0, 0x1.fffffffb61dccp-1 },
	{ -0x1.3a7fc9600f86cp+1, -0x1.0000000000000p+0 },
	{ 0x1.e400000000000p+4, 0x1.045cd5a158efdp+104 },
};

static const struct { float x, want; } lgf[] = {
	{ -0x1.3a7fcap+1f, -0x1.e4cf24p-24f },
	{ -0x1.5fb41p+1f, -0x1.35a0b8p-23f },
	{ -0x1.9260dcp+1f, -0x1.a5062ap-23f },
	{ 0x1.000002p+0f, -0x1.2788ccp-24f },
	{ 0x1p-1f, 0x1.250d04p-1f },
	{ -0x1.99999ap-4f, 0x1.2f3a2p+1f },
	{ 0x1.e8p+4f, 0x1.23d05ap+6f },
};

static const struct { float x, want; } tgf[] = {
	{ 0x1.14p+5f, 0x1.2f9cbp+125f },
	{ -0x1.e8p+4f, -0x1.62dec6p-109f },
	{ 0x1.99999ap-4f, 0x1.306ea8p+3f },
	{ 0x1.4484cp-100f, 0x1.93e594p+99f },
};

static void vectors(void)
{
	int bad = 0, sign;
	for (size_t i = 0; i < sizeof lg / sizeof *lg; i++)
		if (!near1(lgamma(lg[i].x), lg[i].want) || !near1(lgamma_r(lg[i].x, &sign), lg[i].want)) {
			bad++;
			t_true("lgamma", 0, "more than 1 ulp from the correctly rounded result");
		}
	for (size_t i = 0; i < sizeof tg / sizeof *tg; i++)
		if (!near1(tgamma(tg[i].x), tg[i].want)) {
			bad++;
			t_true("tgamma", 0, "more than 1 ulp from the correctly rounded result");
		}
	t_eq("vectors_double_bad", bad, 0);
	bad = 0;
	for (size_t i = 0; i < sizeof lgf / sizeof *lgf; i++)
		if (!near1f(lgammaf(lgf[i].x), lgf[i].want) || !near1f(lgammaf_r(lgf[i].x, &sign), lgf[i].want)) {
			bad++;
			t_true("lgammaf", 0, "more than 1 ulp from the correctly rounded result");
		}
	for (size_t i = 0; i < sizeof tgf / sizeof *tgf; i++)
		if (!near1f(tgammaf(tgf[i].x), tgf[i].want)) {
			bad++;
			t_true("tgammaf", 0, "more than 1 ulp from the correctly rounded result");
		}
	t_eq("vectors_float_bad", bad, 0);
}

/* signbit gives any nonzero value for a set sign bit: compare truth values. */
#define SAME(a, b) (((a) != (a) && (b) != (b)) || \
	((a) == (b) && !__builtin_signbit(a) == !__builtin_signbit(b)))

/*
 * A call against want stored in its own type first (FLT_EVAL_METHOD 2 on
 * i386, 1 on s390x), with errno and the four flags (inexact not checked).
 */
#define CASE(T, name, call, want, want_errno, want_flags) do { \
	T got_, want_ = (want); \
	int errno_, flags_; \
	errno = 0; \
	feclearexcept(FE_ALL_EXCEPT); \
	got_ = (call); \
	flags_ = fetestexcept(FLAGS); \
	errno_ = errno; \
	t_true(name, SAME(got_, want_), "wrong value"); \
	t_eq(name "_errno", errno_, want_errno); \
	t_eq(name "_flags", flags_, want_flags); \
} while (0)
#define D(name, call, want, e, f) CASE(double, name, call, want, e, f)
#define F(name, call, want, e, f) CASE(float, name, call, want, e, f)

static volatile double inf = INFINITY, qnan = NAN, zero = 0;
static volatile float inff = INFINITY;

static void specials(void)
{
	int s = 0;

	D("tgamma_0", tgamma(zero), inf, ERANGE, DZ);
	D("tgamma_m0", tgamma(-zero), -inf, ERANGE, DZ);
	D("tgamma_m1", tgamma(-1.0 + zero), qnan, EDOM, INV);
	D("tgamma_m1e300", tgamma(-1e300 + zero), qnan, EDOM, INV);
	D("tgamma_minf", tgamma(-inf), qnan, EDOM, INV);
	D("tgamma_inf", tgamma(inf), inf, 0, 0);
	D("tgamma_nan", tgamma(qnan), qnan, 0, 0);
	D("tgamma_1", tgamma(1.0 + zero), 1.0, 0, 0);
	D("tgamma_5", tgamma(5.0 + zero), 24.0, 0, 0);
	D("tgamma_oflow", tgamma(171.7 + zero), inf, ERANGE, OF);
	D("tgamma_oflow_big", tgamma(1e300 + zero), inf, ERANGE, OF);
	D("tgamma_tiny_oflow", tgamma(0x1p-1074 + zero), inf, ERANGE, OF);
	D("tgamma_uflow_pos", tgamma(-191.5 + zero), 0.0, ERANGE, UF);
	D("tgamma_uflow_neg", tgamma(-190.5 + zero), -0.0, ERANGE, UF);
	D("tgamma_uflow_near", tgamma(-184.5 + zero), -0.0, ERANGE, UF);
	F("tgammaf_0", tgammaf(-(float)zero), -inff, ERANGE, DZ);
	F("tgammaf_m2", tgammaf(-2.0f + (float)zero), (float)NAN, EDOM, INV);
	F("tgammaf_oflow", tgammaf(35.1f + (float)zero), inff, ERANGE, OF);
	F("tgammaf_uflow_neg", tgammaf(-40.5f + (float)zero), -0.0f, ERANGE, UF);
	F("tgammaf_uflow", tgammaf(-41.5f + (float)zero), 0.0f, ERANGE, UF);

	D("lgamma_1", lgamma(1.0 + zero), 0.0, 0, 0);
	D("lgamma_2", lgamma(2.0 + zero), 0.0, 0, 0);
	D("lgamma_0", lgamma(zero), inf, ERANGE, DZ);
	t_eq("lgamma_0_signgam", signgam, 1);
	D("lgamma_m0", lgamma(-zero), inf, ERANGE, DZ);
	t_eq("lgamma_m0_signgam", signgam, -1);
	D("lgamma_m3", lgamma(-3.0 + zero), inf, ERANGE, DZ);
	t_eq("lgamma_m3_signgam", signgam, 1);
	D("lgamma_m2p60", lgamma(-0x1p60 + zero), inf, ERANGE, DZ);
	D("lgamma_minf", lgamma(-inf), inf, 0, 0);
	D("lgamma_inf", lgamma(inf), inf, 0, 0);
	D("lgamma_nan", lgamma(qnan), qnan, 0, 0);
	D("lgamma_oflow", lgamma(0x1.754d9278b51a8p+1014 + zero), inf, ERANGE, OF);
	D("lgamma_max", lgamma(DBL_MAX + zero), inf, ERANGE, OF);
	D("lgamma_mhalf", lgamma(-0.5 + zero), 0x1.43f89a3f0edd6p+0, 0, 0);
	t_eq("lgamma_mhalf_signgam", signgam, -1);
	D("lgamma_m1half", lgamma(-1.5 + zero), 0x1.b858151820f86p-1, 0, 0);
	t_eq("lgamma_m1half_signgam", signgam, 1);
	signgam = 5;
	D("lgamma_r_m2half", lgamma_r(-2.5 + zero, &s), -0x1.ccbf9f5ed0f16p-5, 0, 0);
	t_eq("lgamma_r_sign", s, -1);
	t_eq("lgamma_r_leaves_signgam", signgam, 5);
	D("lgamma_r_m0", lgamma_r(-zero, &s), inf, ERANGE, DZ);
	t_eq("lgamma_r_m0_sign", s, -1);
	F("lgammaf_m0", lgammaf(-(float)zero), inff, ERANGE, DZ);
	t_eq("lgammaf_m0_signgam", signgam, -1);
	F("lgammaf_oflow", lgammaf(0x1p125f + (float)zero), inff, ERANGE, OF);
	F("lgammaf_m4", lgammaf(-4.0f + (float)zero), inff, ERANGE, DZ);
	F("lgammaf_r_mhalf", lgammaf_r(-0.5f + (float)zero, &s), 0x1.43f89ap+0f, 0, 0);
	t_eq("lgammaf_r_sign", s, -1);
	F("tgammaf_1half", tgammaf(1.5f + (float)zero), 0x1.c5bf8ap-1f, 0, 0);
}

int main(void)
{
	vectors();
	specials();
	return t_done();
}
