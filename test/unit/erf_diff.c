/*
 * Differential test of trapdoor's asinh, acosh, atanh, erf and erfc (double
 * and float, src/math/) against the host's glibc, as
 * test/unit/transcendental_diff.c does for the others: random inputs over
 * the whole domain and dense ones at the hard spots (atanh near +-1, acosh
 * near 1, erf near 0 and at its pieces' ends, erfc where it underflows near
 * 27.2, subnormals), the error in ulps against glibc's long double
 * functions; value, errno and the four exceptions exactly as glibc at the
 * special arguments.  ERF_DIFF_N=n sets the inputs per function (default
 * 100000); ERF_DIFF_REPORT=1 prints the max ulp table (make erf-diff-full).
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

#define asinh td_asinh
#define acosh td_acosh
#define atanh td_atanh
#define erf td_erf
#define erfc td_erfc
#define asinhf td_asinhf
#define acoshf td_acoshf
#define atanhf td_atanhf
#define erff td_erff
#define erfcf td_erfcf
#include "../../src/math/__math_err.c"
#include "../../src/math/__math_tab.c"
#include "../../src/math/__exp_special.c"
#include "../../src/math/__exp_dd.c"
#include "../../src/math/__erf_tab.c"
#include "../../src/math/__erf_dd.c"
#include "../../src/math/asinh.c"
#include "../../src/math/acosh.c"
#include "../../src/math/atanh.c"
#include "../../src/math/erf.c"
#include "../../src/math/erfc.c"
#include "../../src/math/asinhf.c"
#include "../../src/math/acoshf.c"
#include "../../src/math/atanhf.c"
#include "../../src/math/erff.c"
#include "../../src/math/erfcf.c"
#undef asinh
#undef acosh
#undef atanh
#undef erf
#undef erfc
#undef asinhf
#undef acoshf
#undef atanhf
#undef erff
#undef erfcf

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

/* x 2^e, e uniform in [lo, hi]. */
static double scaled(double x, int lo, int hi)
{
	return ldexp(x, lo + (int)(next() % (uint64_t)(hi - lo + 1)));
}

static double sign(double x)
{
	return next() & 1 ? -x : x;
}

static double ulps(double got, long double ref, int mant, int emin)
{
	double r = mant == 24 ? (float)ref : (double)ref;
	int e;

	if (isnan(ref))
		return isnan(got) ? 0 : INFINITY;
	if (isinf(r) || r == 0 || isnan(got) || isinf(got)) {
		if (got == r && signbit(got) == signbit(r))
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

/* Inputs: a fifth anywhere, the rest in the busy range and at the hard spots. */
static double gen_asinh(long i)
{
	switch (i % 5) {
	case 0: return anydouble();
	case 1: return uniform(-4, 4);
	case 2: return sign(scaled(uniform(1, 2), -30, -1));
	case 3: return sign(scaled(uniform(1, 2), 20, 40));
	default: return uniform(-0x1p-10, 0x1p-10);
	}
}

static double gen_acosh(long i)
{
	switch (i % 5) {
	case 0: return 1 + fabs(anydouble());
	case 1: return uniform(1, 10);
	case 2: return 1 + uniform(0, 0x1p-20);
	case 3: return 1 + scaled(uniform(1, 2), -53, 0);
	default: return scaled(uniform(1, 2), 20, 40);
	}
}

static double gen_atanh(long i)
{
	switch (i % 5) {
	case 0: return anydouble() * 0x1p-1023;
	case 1: return uniform(-1, 1);
	case 2: return sign(1 - uniform(0, 0x1p-20));
	case 3: return sign(1 - scaled(uniform(0.5, 1), -53, -1));
	default: return sign(scaled(uniform(1, 2), -30, -2));
	}
}

static double gen_erf(long i)
{
	switch (i % 6) {
	case 0: return anydouble() * 0x1p-1020;
	case 1: return uniform(-6.5, 6.5);
	case 2: return uniform(-0.3, 0.3);
	case 3: return sign(scaled(uniform(1, 2), -40, -20));
	case 4: /* the ends of the pieces: k 2^e / 8 */
		return nextafter(ldexp((double)(8 + next() % 9), (int)(next() % 6) - 5),
				 next() & 1 ? 0 : 100);
	default: return sign(scaled(uniform(1, 2), -1074, -1010));
	}
}

static double gen_erfc(long i)
{
	switch (i % 6) {
	case 0: return anydouble() * 0x1p-1018;
	case 1: return uniform(-6.5, 28);
	case 2: return uniform(26, 27.3);          /* subnormal results, underflow */
	case 3: return uniform(-1, 1);
	case 4: return nextafter(ldexp((double)(8 + next() % 9), (int)(next() % 7) - 4),
				 next() & 1 ? 0 : 100);
	default: return uniform(0.5, 6);
	}
}

struct fn {
	const char *name;
	double (*td)(double);
	double (*gl)(double);
	float (*tdf)(float);
	float (*glf)(float);
	long double (*ref)(long double);
	double (*gen)(long i);
};

static const struct fn fns[] = {
	{ "asinh", td_asinh, asinh, td_asinhf, asinhf, asinhl, gen_asinh },
	{ "acosh", td_acosh, acosh, td_acoshf, acoshf, acoshl, gen_acosh },
	{ "atanh", td_atanh, atanh, td_atanhf, atanhf, atanhl, gen_atanh },
	{ "erf", td_erf, erf, td_erff, erff, erfl, gen_erf },
	{ "erfc", td_erfc, erfc, td_erfcf, erfcf, erfcl, gen_erfc },
};
#define NFNS (sizeof fns / sizeof *fns)

/* td: the max error, tdn: the max where the result is normal (at: td's input). */
struct stat1 { double td, gl, at, tdn; };

static void note(struct stat1 *s, double x, long double ref, double min, double td_err, double gl_err)
{
	if (fabsl(ref) >= min && td_err > s->tdn)
		s->tdn = td_err;
	if (td_err > s->td)
		s->td = td_err, s->at = x;
	if (gl_err > s->gl)
		s->gl = gl_err;
}

static void finish(const char *name, const struct stat1 *s)
{
	if (report)
		printf("%-8s %9.3f %9.3f %9.3f   %ld inputs, worst at %a\n", name, s->td, s->tdn, s->gl, N,
		       s->at);
	ck_assert_msg(s->td < 1.0, "%s: %.3f ulp at %a", name, s->td, s->at);
}

START_TEST(random_double)
{
	const struct fn *f = &fns[_i];
	struct stat1 s = { 0, 0, 0, 0 };
	for (long i = 0; i < N; i++) {
		double x = f->gen(i);
		long double r = f->ref(x);
		note(&s, x, r, DBL_MIN, ulps(f->td(x), r, 53, -1074), ulps(f->gl(x), r, 53, -1074));
	}
	finish(f->name, &s);
}
END_TEST

/* Float: the same generators rounded to float, and any float bit pattern. */
START_TEST(random_float)
{
	const struct fn *f = &fns[_i];
	struct stat1 s = { 0, 0, 0, 0 };
	char name[16];
	for (long i = 0; i < N; i++) {
		float x;
		if (i % 4 == 0) {
			uint32_t b = (uint32_t)next();
			memcpy(&x, &b, sizeof x);
			if (!isfinite(x))
				continue;
		} else {
			x = (float)f->gen(i);
		}
		long double r = f->ref(x);
		note(&s, x, r, FLT_MIN, ulps(f->tdf(x), r, 24, -149), ulps(f->glf(x), r, 24, -149));
	}
	snprintf(name, sizeof name, "%sf", f->name);
	finish(name, &s);
}
END_TEST

/* Every float in a range where the function is busy, against the long double reference. */
START_TEST(exhaustive_float)
{
	static const float ranges[NFNS][2] = {
		{ 0x1p-14f, 4.0f }, { 1.0f, 1.25f }, { 0.75f, 1.0f }, { 0.2f, 4.0f }, { 8.0f, 10.1f },
	};
	const struct fn *f = &fns[_i];
	struct stat1 s = { 0, 0, 0, 0 };
	for (float x = ranges[_i][0]; x < ranges[_i][1]; x = nextafterf(x, INFINITY)) {
		long double r = f->ref(x);
		note(&s, x, r, FLT_MIN, ulps(f->tdf(x), r, 24, -149), 0);
	}
	ck_assert_msg(s.td <= 0.5 + 0x1p-10, "%sf: %.4f ulp at %a", f->name, s.td, s.at);
}
END_TEST

#define FLAGS (FE_OVERFLOW | FE_UNDERFLOW | FE_DIVBYZERO | FE_INVALID)

/* The same value (within tol relative), errno and exceptions as glibc. */
#define SAME(name, call_td, call_gl, arg, tol, tiny) do { \
	double t_, g_; int et_, eg_, ft_, fg_; \
	errno = 0; feclearexcept(FE_ALL_EXCEPT); t_ = call_td; et_ = errno; ft_ = fetestexcept(FLAGS); \
	errno = 0; feclearexcept(FE_ALL_EXCEPT); g_ = call_gl; eg_ = errno; fg_ = fetestexcept(FLAGS); \
	ck_assert_msg((isnan(t_) && isnan(g_)) || (t_ == g_ && signbit(t_) == signbit(g_)) || \
		      (isfinite(g_) && g_ != 0 && fabs(t_ - g_) <= fabs(g_) * (tol)) || \
		      fabs(t_ - g_) <= (tiny), "%s(%s): got %a, glibc %a", name, arg, t_, g_); \
	ck_assert_msg(et_ == eg_, "%s(%s): errno %d, glibc %d", name, arg, et_, eg_); \
	ck_assert_msg(ft_ == fg_, "%s(%s): flags %#x, glibc %#x", name, arg, ft_, fg_); \
} while (0)

static const double specials[] = {
	0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 0x1p-1074, -0x1p-1074, 0x1p-1022, -0x1p-1022,
	0x1p-1016, 0x1.fffffffffffffp-1023, DBL_MAX, -DBL_MAX, INFINITY, -INFINITY, NAN, -NAN,
	1 + 0x1p-52, 1 - 0x1p-53, -1 + 0x1p-53, -1 - 0x1p-52, 0x1p-28, 0x1p-29, 0x1p-56, 0x1p-57,
	6, -6, 5.9, 0x1p28, 0x1p27, 26.5, 27.2, 27.226, 27.23, 27.3, 28, 30, -30, 1e300, 1e-300,
	0.25, 0.2499, 10, 100, -100,
};
#define NSPECIAL (sizeof specials / sizeof *specials)

START_TEST(special)
{
	const struct fn *f = &fns[_i];
	char arg[64], name[16];
	snprintf(name, sizeof name, "%sf", f->name);
	for (size_t i = 0; i < NSPECIAL; i++) {
		double x = specials[i];
		float xf = (float)x;
		snprintf(arg, sizeof arg, "%a", x);
		SAME(f->name, f->td(x), f->gl(x), arg, 0x1p-52, 0x1p-1074);
		snprintf(arg, sizeof arg, "%a", xf);
		SAME(name, f->tdf(xf), f->glf(xf), arg, 0x1p-23, 0x1p-149);
	}
	/* erfcf's underflow: glibc's is not correctly rounded there (0 at 10.0510). */
	for (float xf = 10.0f; f->tdf == td_erfcf && xf < 10.1f; xf += 0.001f) {
		float r;
		errno = 0;
		feclearexcept(FE_ALL_EXCEPT);
		r = td_erfcf(xf);
		ck_assert_msg(ulps(r, erfcl(xf), 24, -149) <= 0.5 + 0x1p-10, "erfcf(%a) = %a", xf, r);
		ck_assert_msg(errno == (r == 0 ? ERANGE : 0), "erfcf(%a): errno %d", xf, errno);
		ck_assert_msg(fetestexcept(FLAGS) == FE_UNDERFLOW, "erfcf(%a): flags %#x", xf,
			      fetestexcept(FLAGS));
	}
}
END_TEST

int main(void)
{
	const char *n = getenv("ERF_DIFF_N");
	Suite *s = suite_create("erf_diff");
	TCase *tc = tcase_create("math");
	SRunner *sr;
	int failed;

	if (n)
		N = strtol(n, 0, 10);
	report = getenv("ERF_DIFF_REPORT") != 0;
	if (report)
		printf("%-8s %9s %9s %9s   (max ulp error against long double)\n", "function", "trapdoor",
		       "(normal)", "glibc");
	tcase_set_timeout(tc, 0);
	tcase_add_loop_test(tc, random_double, 0, NFNS);
	tcase_add_loop_test(tc, random_float, 0, NFNS);
	tcase_add_loop_test(tc, special, 0, NFNS);
	if (report)
		tcase_add_loop_test(tc, exhaustive_float, 0, NFNS);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed != 0;
}
