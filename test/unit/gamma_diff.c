/*
 * Differential test of trapdoor's tgamma, lgamma and lgamma_r (double and
 * float) against the host's glibc, the sources compiled here under td_
 * names.  The error is measured in ulps against glibc's long double
 * tgammal and lgammal (64-bit significand, relatively accurate near
 * lgamma's zeros since glibc 2.22), on random inputs and densely near the
 * hard spots: lgamma's zeros at 1, 2 and the 28 between -16 and -2 (down to
 * the doubles next to each), the poles, tgamma's overflow at 171.62 and its
 * subnormal results below -170.  glibc's own double and float error is
 * measured the same way for comparison.  Special inputs compare value,
 * errno, the four exceptions and the sign with glibc.
 * GAMMA_DIFF_N=n sets the inputs per function (default 100000);
 * GAMMA_DIFF_REPORT=1 prints the max ulp table (make gamma-diff-full).
 */
#define _GNU_SOURCE
#include <check.h>
#include <errno.h>
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Our functions under td_ names, beside glibc's; glibc declares __lgamma_r and __lgammaf_r
 * too, with its own attributes, and our lgamma_r aliases those names. */
#pragma GCC diagnostic ignored "-Wmissing-attributes"
#define exp td_exp
#define tgamma td_tgamma
#define tgammaf td_tgammaf
#define lgamma td_lgamma
#define lgammaf td_lgammaf
#define lgamma_r td_lgamma_r
#define lgammaf_r td_lgammaf_r
#define __signgam td_signgam
#include "../../src/math/__math_err.c"
#include "../../src/math/__math_tab.c"
#include "../../src/math/__exp_special.c"
#include "../../src/math/__exp_dd.c"
#include "../../src/math/exp.c"
#include "../../src/math/__lgamma_tab.c"
#include "../../src/math/__lgamma_dd.c"
#include "../../src/math/lgamma_r.c"
#include "../../src/math/lgammaf_r.c"
#include "../../src/math/lgamma.c"
#include "../../src/math/lgammaf.c"
#include "../../src/math/tgamma.c"
#include "../../src/math/tgammaf.c"
#undef exp
#undef tgamma
#undef tgammaf
#undef lgamma
#undef lgammaf
#undef lgamma_r
#undef lgammaf_r
#undef __signgam

int td_signgam;

static uint64_t rng = 0x2545f4914f6cdd1du;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static double uniform(double lo, double hi)
{
	return lo + (hi - lo) * ((next() >> 11) * 0x1p-53);
}

static double anydouble(void)
{
	double x;
	do {
		uint64_t b = next();
		memcpy(&x, &b, sizeof x);
	} while (!isfinite(x));
	return x;
}

/* |got - ref| in ulps of the result's format (mant bits, smallest exponent emin). */
static double ulps(double got, long double ref, int mant, int emin)
{
	double r = mant == 24 ? (float)ref : (double)ref;
	int e;

	if (isnan(ref))
		return isnan(got) ? 0 : INFINITY;
	if (isinf(r) || r == 0 || isnan(got) || isinf(got)) {
		if (got == r && (r != 0 || signbit(got) == signbit(r) || ref != 0))
			return 0;
		if (isinf(r) || isinf(got) || isnan(got))
			return INFINITY;
	}
	frexpl(ref, &e);
	if (e - mant < emin)
		e = emin + mant;
	return (double)(fabsl((long double)got - ref) / ldexpl(1.0L, e - mant));
}

static long N = 100000;
static int report;

struct stat { double td, gl, at; };

static void note(struct stat *s, double x, double td_err, double gl_err)
{
	if (td_err > s->td) {
		s->td = td_err;
		s->at = x;
	}
	if (gl_err > s->gl)
		s->gl = gl_err;
}

static void finish(const char *name, const struct stat *s, long n)
{
	if (report)
		printf("%-22s %9.3f %9.3f   %ld inputs, worst at %a\n", name, s->td, s->gl, n, s->at);
	ck_assert_msg(s->td < 1.0, "%s: %.3f ulp at %a", name, s->td, s->at);
}

/* A zero of lgamma below -2, from the table: the double nearest it, or near it. */
static double near_neg_zero(void)
{
	const struct __lgamma_zero *z = &__lgamma_zeros[next() % 28];
	double x = z->hi;
	long k;

	switch (next() % 3) {
	case 0:
		for (k = (long)(next() % 64) - 32; k > 0; k--)
			x = nextafter(x, INFINITY);
		for (; k < 0; k++)
			x = nextafter(x, -INFINITY);
		return x;
	case 1: return x + z->r * uniform(-2, 2);
	default: return x + ldexp(z->r * uniform(-1, 1), -(int)(next() % 40));
	}
}

/* Near a pole: -n +- 2^-k, n up to 190. */
static double near_pole(void)
{
	double n = -(double)(next() % 191);
	return n + ldexp(uniform(-1, 1), -(int)(next() % 52));
}

/* Near 1 or 2, down to the next doubles. */
static double near_one_two(void)
{
	return (next() & 1 ? 1.0 : 2.0) + ldexp(uniform(-1, 1), -(int)(next() % 55));
}

static double gen_lgamma(long i)
{
	switch (i % 8) {
	case 0: return anydouble();
	case 1: return uniform(0, 10);
	case 2: return uniform(-20, 0);
	case 3: return near_one_two();
	case 4: case 5: return near_neg_zero();
	case 6: return near_pole();
	default: return ldexp(uniform(1, 2), (int)(next() % 1080) - 60);
	}
}

static double gen_tgamma(long i)
{
	switch (i % 7) {
	case 0: return uniform(-190, 172);
	case 1: return uniform(171, 171.7);                 /* overflow */
	case 2: return uniform(-184, -169);                 /* subnormal results */
	case 3: return ldexp(uniform(-1, 1), -(int)(next() % 1080));
	case 4: return near_pole();
	case 5: return near_one_two();
	default: return uniform(-10, 10);
	}
}

START_TEST(random_lgamma)
{
	struct stat s = { 0, 0, 0 }, sr = { 0, 0, 0 };
	for (long i = 0; i < N; i++) {
		double x = gen_lgamma(i);
		long double r = lgammal(x);
		int sg, want = signgam;
		note(&s, x, ulps(td_lgamma(x), r, 53, -1074), ulps(lgamma(x), r, 53, -1074));
		ck_assert_msg(td_signgam == signgam, "signgam of lgamma(%a): %d, glibc %d", x, td_signgam,
			      signgam);
		note(&sr, x, ulps(td_lgamma_r(x, &sg), r, 53, -1074), 0);
		ck_assert_msg(sg == want, "lgamma_r(%a) sign %d, glibc %d", x, sg, want);
	}
	finish("lgamma", &s, N);
	finish("lgamma_r", &sr, N);
}
END_TEST

/* Each region of lgamma alone, for the table of docs/math.md. */
START_TEST(regions_lgamma)
{
	static const struct { const char *name; double (*gen)(void); } regions[] = {
		{ "lgamma near 1, 2", near_one_two },
		{ "lgamma near -2..-16 zeros", near_neg_zero },
		{ "lgamma near poles", near_pole },
	};
	for (size_t j = 0; j < sizeof regions / sizeof *regions; j++) {
		struct stat s = { 0, 0, 0 };
		for (long i = 0; i < N / 4; i++) {
			double x = regions[j].gen();
			long double r = lgammal(x);
			note(&s, x, ulps(td_lgamma(x), r, 53, -1074), ulps(lgamma(x), r, 53, -1074));
		}
		finish(regions[j].name, &s, N / 4);
	}
}
END_TEST

START_TEST(random_tgamma)
{
	struct stat s = { 0, 0, 0 };
	for (long i = 0; i < N; i++) {
		double x = gen_tgamma(i);
		long double r = tgammal(x);
		note(&s, x, ulps(td_tgamma(x), r, 53, -1074), ulps(tgamma(x), r, 53, -1074));
	}
	finish("tgamma", &s, N);
	memset(&s, 0, sizeof s);
	for (long i = 0; i < N / 4; i++) {
		double x = uniform(-169, 171.62);
		long double r = tgammal(x);
		note(&s, x, ulps(td_tgamma(x), r, 53, -1074), ulps(tgamma(x), r, 53, -1074));
	}
	finish("tgamma normal results", &s, N / 4);
}
END_TEST

/* The float forms: float inputs from the same generators, and any float. */
static float anyfloat(void)
{
	float x;
	do {
		uint32_t b = (uint32_t)next();
		memcpy(&x, &b, sizeof x);
	} while (!isfinite(x));
	return x;
}

START_TEST(random_float)
{
	struct stat l = { 0, 0, 0 }, t = { 0, 0, 0 };
	for (long i = 0; i < N; i++) {
		float x = i % 3 == 0 ? anyfloat() : (float)gen_lgamma(i);
		long double r = lgammal(x);
		int sg;
		note(&l, x, ulps(td_lgammaf(x), r, 24, -149), ulps(lgammaf(x), r, 24, -149));
		ck_assert_msg(td_signgam == signgam, "signgam of lgammaf(%a)", x);
		ck_assert_msg(td_lgammaf_r(x, &sg) == td_lgammaf(x) || isnan(td_lgammaf(x)), "lgammaf_r(%a)", x);
		ck_assert_msg(sg == td_signgam, "lgammaf_r(%a) sign", x);
		x = i % 3 == 0 ? anyfloat() : (float)(gen_tgamma(i) * (i % 5 == 0 ? 0.25 : 1));
		r = tgammal(x);
		note(&t, x, ulps(td_tgammaf(x), r, 24, -149), ulps(tgammaf(x), r, 24, -149));
	}
	finish("lgammaf", &l, N);
	finish("tgammaf", &t, N);
}
END_TEST

#define FLAGS (FE_OVERFLOW | FE_UNDERFLOW | FE_DIVBYZERO | FE_INVALID)

/*
 * errno and exceptions as glibc's; the value glibc's (nan as nan, zeros by
 * sign), or within one ulp of the long double reference where glibc's own
 * is not (lgamma(-2.5) is 2 ulps off in glibc 2.36).
 */
#define SAME(name, call_td, call_gl, ref, arg, mant, emin) do { \
	double t_, g_; int et_, eg_, ft_, fg_; \
	errno = 0; feclearexcept(FE_ALL_EXCEPT); t_ = call_td; et_ = errno; ft_ = fetestexcept(FLAGS); \
	errno = 0; feclearexcept(FE_ALL_EXCEPT); g_ = call_gl; eg_ = errno; fg_ = fetestexcept(FLAGS); \
	ck_assert_msg((isnan(t_) && isnan(g_)) || (t_ == g_ && signbit(t_) == signbit(g_)) || \
		      (isfinite(g_) && ulps(t_, ref, mant, emin) < 1.0), \
		      "%s(%s): got %a, glibc %a", name, arg, t_, g_); \
	ck_assert_msg(et_ == eg_, "%s(%s): errno %d, glibc %d", name, arg, et_, eg_); \
	ck_assert_msg(ft_ == fg_, "%s(%s): flags %#x, glibc %#x", name, arg, ft_, fg_); \
} while (0)

static const double specials[] = {
	0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 0.5, -0.5, 1.5, -1.5, -2.5, 10, 100, -100.5,
	0x1p-1074, -0x1p-1074, 0x1p-1022, -0x1p-1022, 1e-310, 0x1p-60, -0x1p-60, 0x1p-30,
	DBL_MAX, -DBL_MAX, INFINITY, -INFINITY, NAN, -NAN, 0x1p52, -0x1p52, 0x1p52 - 0.5, -0x1p52 + 0.5,
	0x1p53, -0x1p53, -0x1p60, 1e300, 0x1.754d9278b51a7p+1014, 0x1.754d9278b51a8p+1014,
	171.6, 171.62, 171.625, 172, 180, 1000, -170.5, -171.5, -176.5, -177.5, -178.5, -184.5,
	-185.5, -190.5, -191.5, -1000.5, -1e10 - 0.5, 23, 24, 25, 4.0, 5.0, -2.5 + 0x1p-40,
};
#define NSPECIAL (sizeof specials / sizeof *specials)

START_TEST(special)
{
	char arg[64];
	for (size_t i = 0; i < NSPECIAL; i++) {
		double x = specials[i];
		int st, sg;
		snprintf(arg, sizeof arg, "%a", x);
		float xf = (float)x;
		SAME("tgamma", td_tgamma(x), tgamma(x), tgammal(x), arg, 53, -1074);
		SAME("lgamma", td_lgamma(x), lgamma(x), lgammal(x), arg, 53, -1074);
		ck_assert_msg(td_signgam == signgam, "signgam of lgamma(%s): %d, glibc %d", arg, td_signgam,
			      signgam);
		SAME("lgamma_r", td_lgamma_r(x, &st), lgamma_r(x, &sg), lgammal(x), arg, 53, -1074);
		ck_assert_msg(st == sg, "lgamma_r(%s) sign %d, glibc %d", arg, st, sg);
		if (isinf(xf) && !isinf(x))
			continue;
		SAME("tgammaf", td_tgammaf(xf), tgammaf(xf), tgammal(xf), arg, 24, -149);
		SAME("lgammaf", td_lgammaf(xf), lgammaf(xf), lgammal(xf), arg, 24, -149);
		ck_assert_msg(td_signgam == signgam, "signgam of lgammaf(%s)", arg);
	}
}
END_TEST

/* lgamma_r leaves signgam alone. */
START_TEST(lgamma_r_signgam)
{
	int s;
	td_signgam = 7;
	td_lgamma_r(-0.5, &s);
	td_lgammaf_r(-0.5f, &s);
	ck_assert_int_eq(td_signgam, 7);
	ck_assert_int_eq(s, -1);
	td_tgamma(-0.5);
	ck_assert_int_eq(td_signgam, 7);
}
END_TEST

int main(void)
{
	const char *n = getenv("GAMMA_DIFF_N");
	Suite *s = suite_create("gamma_diff");
	TCase *tc = tcase_create("gamma");
	SRunner *sr;
	int failed;

	if (n)
		N = strtol(n, 0, 10);
	report = getenv("GAMMA_DIFF_REPORT") != 0;
	if (report)
		printf("%-22s %9s %9s   (max ulp error against long double)\n", "function", "trapdoor", "glibc");
	tcase_set_timeout(tc, 0);
	tcase_add_test(tc, special);
	tcase_add_test(tc, lgamma_r_signgam);
	tcase_add_test(tc, random_lgamma);
	tcase_add_test(tc, regions_lgamma);
	tcase_add_test(tc, random_tgamma);
	tcase_add_test(tc, random_float);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed != 0;
}
