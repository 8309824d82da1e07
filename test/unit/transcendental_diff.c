/*
 * Differential test of trapdoor's transcendental functions (src/math/)
 * against the host's glibc libm.  The sources are compiled here under
 * td_-prefixed names.  Each function runs on random inputs over its whole
 * domain and on dense samples at its hard spots; the error is measured in
 * ulps of the result against the long double function of glibc (64-bit
 * significand: the reference's own error is ~2^-11 ulp of a double), and
 * glibc's own error is measured the same way for comparison.  Special
 * inputs compare value, errno and the four exceptions exactly with glibc.
 * TRANS_DIFF_N=n sets the random inputs per function (default 100000);
 * TRANS_DIFF_REPORT=1 prints the max ulp table (make transcendental-diff-full).
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

/* Our functions under td_ names, beside glibc's. */
#define TD_NAMES(X) X(exp) X(exp2) X(expm1) X(log) X(log2) X(log10) X(log1p) X(pow) \
	X(sin) X(cos) X(tan) X(atan) X(atan2) X(asin) X(acos) X(sinh) X(cosh) X(tanh)
#define exp td_exp
#define exp2 td_exp2
#define log td_log
#define log2 td_log2
#define log10 td_log10
#define log1p td_log1p
#define pow td_pow
#define sin td_sin
#define cos td_cos
#define tan td_tan
#define atan td_atan
#define atan2 td_atan2
#define expf td_expf
#define exp2f td_exp2f
#define logf td_logf
#define log2f td_log2f
#define log10f td_log10f
#define log1pf td_log1pf
#define powf td_powf
#define sinf td_sinf
#define cosf td_cosf
#define tanf td_tanf
#define atanf td_atanf
#define atan2f td_atan2f
#define expm1 td_expm1
#define expm1f td_expm1f
#define sinh td_sinh
#define sinhf td_sinhf
#define cosh td_cosh
#define coshf td_coshf
#define tanh td_tanh
#define tanhf td_tanhf
#define asin td_asin
#define asinf td_asinf
#define acos td_acos
#define acosf td_acosf
/* glibc declares __sincos with its own attributes; sincos.c aliases ours. */
#pragma GCC diagnostic ignored "-Wmissing-attributes"
#define sincos td_sincos
#define sincosf td_sincosf
#include "../../src/math/__math_err.c"
#include "../../src/math/__math_tab.c"
#include "../../src/math/__exp_special.c"
#include "../../src/math/__exp_dd.c"
#include "../../src/math/exp.c"
#include "../../src/math/exp2.c"
#include "../../src/math/log.c"
#include "../../src/math/log2.c"
#include "../../src/math/log10.c"
#include "../../src/math/log1p.c"
#include "../../src/math/pow.c"
#include "../../src/math/__rem_pio2_large.c"
#include "../../src/math/sin.c"
#include "../../src/math/cos.c"
#include "../../src/math/__sincos_dd.c"
#include "../../src/math/tan.c"
#include "../../src/math/sincos.c"
#include "../../src/math/sincosf.c"
#include "../../src/math/__atan_dd.c"
#include "../../src/math/atan.c"
#include "../../src/math/atan2.c"
#include "../../src/math/__exp_hilo.c"
#include "../../src/math/expm1.c"
#include "../../src/math/expm1f.c"
#include "../../src/math/sinh.c"
#include "../../src/math/sinhf.c"
#include "../../src/math/cosh.c"
#include "../../src/math/coshf.c"
#include "../../src/math/tanh.c"
#include "../../src/math/tanhf.c"
#include "../../src/math/asin.c"
#include "../../src/math/asinf.c"
#include "../../src/math/acos.c"
#include "../../src/math/acosf.c"
#include "../../src/math/expf.c"
#include "../../src/math/exp2f.c"
#include "../../src/math/logf.c"
#include "../../src/math/log2f.c"
#include "../../src/math/log10f.c"
#include "../../src/math/log1pf.c"
#include "../../src/math/powf.c"
#include "../../src/math/sinf.c"
#include "../../src/math/cosf.c"
#include "../../src/math/tanf.c"
#include "../../src/math/atanf.c"
#include "../../src/math/atan2f.c"
#undef exp
#undef exp2
#undef log
#undef log2
#undef log10
#undef log1p
#undef pow
#undef sin
#undef cos
#undef tan
#undef atan
#undef atan2
#undef sincos
#undef sincosf
#undef expm1
#undef expm1f
#undef sinh
#undef sinhf
#undef cosh
#undef coshf
#undef tanh
#undef tanhf
#undef asin
#undef asinf
#undef acos
#undef acosf
#undef expf
#undef exp2f
#undef logf
#undef log2f
#undef log10f
#undef log1pf
#undef powf
#undef sinf
#undef cosf
#undef tanf
#undef atanf
#undef atan2f

static uint64_t rng = 0x9e3779b97f4a7c15u;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* Uniform in [lo, hi]. */
static double uniform(double lo, double hi)
{
	return lo + (hi - lo) * ((next() >> 11) * 0x1p-53);
}

/* Any finite double, every binade equally likely. */
static double anydouble(void)
{
	double x;
	do {
		uint64_t b = next();
		memcpy(&x, &b, sizeof x);
	} while (!isfinite(x));
	return x;
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

struct stat1 { double td, gl; double at_td, at_y; };

static void note(struct stat1 *s, double x, double y, double td_err, double gl_err)
{
	if (td_err > s->td) {
		s->td = td_err;
		s->at_td = x;
		s->at_y = y;
	}
	if (gl_err > s->gl)
		s->gl = gl_err;
}

static void finish(const char *name, struct stat1 *s, long n)
{
	if (report)
		printf("%-8s %9.3f %9.3f   %ld inputs, worst at %a %a\n", name, s->td, s->gl, n,
		       s->at_td, s->at_y);
	ck_assert_msg(s->td < 1.0, "%s: %.3f ulp at %a (%a)", name, s->td, s->at_td, s->at_y);
}

struct fn1 {
	const char *name;
	double (*td)(double);
	double (*gl)(double);
	long double (*ref)(long double);
	double (*gen)(long i);         /* the i-th input */
};

static void run1(const struct fn1 *f)
{
	struct stat1 s = { 0, 0, 0, 0 };
	for (long i = 0; i < N; i++) {
		double x = f->gen(i);
		long double r = f->ref(x);
		note(&s, x, 0, ulps(f->td(x), r, 53, -1074), ulps(f->gl(x), r, 53, -1074));
	}
	finish(f->name, &s, N);
}

/* Inputs: a quarter anywhere, the rest in the function's busy range and hard spots. */
static double gen_exp(long i)
{
	switch (i % 4) {
	case 0: return anydouble() * 0x1p-1014;     /* within (-746, 746) and tiny */
	case 1: return uniform(-746, 710);
	case 2: return uniform(-746, -707);        /* subnormal results */
	default: return uniform(700, 709.8);       /* near overflow */
	}
}

static double gen_exp2(long i)
{
	switch (i % 4) {
	case 0: return anydouble() * 0x1p-1013;
	case 1: return uniform(-1076, 1024);
	case 2: return uniform(-1076, -1020);
	default: return uniform(-2, 2);
	}
}

static double gen_log(long i)
{
	switch (i % 4) {
	case 0: return fabs(anydouble());
	case 1: return 1 + uniform(-0x1p-6, 0x1p-6);       /* near 1 */
	case 2: return 1 + uniform(-0x1p-30, 0x1p-30);
	default: return uniform(0, 10);
	}
}

static double gen_log1p(long i)
{
	switch (i % 4) {
	case 0: return fabs(anydouble());
	case 1: return uniform(-1, 1);
	case 2: return uniform(-0x1p-20, 0x1p-20);
	default: return -1 + uniform(0, 0x1p-20);
	}
}

/* Near multiples of pi/2 (n up to 2^1000), as well as anywhere. */
static double gen_trig(long i)
{
	switch (i % 5) {
	case 0: return anydouble();
	case 1: return uniform(-10, 10);
	case 2: {
		long double n = (long double)(next() >> (next() % 64));
		return (double)(n * 1.5707963267948966192313216916397514L) * (1 + uniform(-0x1p-50, 0x1p-50));
	}
	case 3: return ldexp(uniform(-1, 1), (int)(next() % 1024));
	default: {
		/* the nearest double to n pi/2 for large n, through a ulp of its neighbours */
		int e = (int)(next() % 1000);
		double x = ldexp(uniform(1, 2), e);
		return nextafter(x, (next() & 1) ? INFINITY : -INFINITY);
	}
	}
}

static double gen_atan(long i)
{
	switch (i % 3) {
	case 0: return anydouble();
	case 1: return uniform(-4, 4);
	default: return uniform(-0x1p-10, 0x1p-10);
	}
}

static double gen_hyp(long i)
{
	switch (i % 4) {
	case 0: return anydouble() * 0x1p-1013;
	case 1: return uniform(-30, 30);
	case 2: return uniform(-0.1, 0.1);
	default: return uniform(-711, 711);
	}
}

static double gen_asin(long i)
{
	switch (i % 4) {
	case 0: return anydouble() * 0x1p-1023;
	case 1: return uniform(-1, 1);
	case 2: return (i % 8 < 4 ? 1 : -1) * (1 - uniform(0, 0x1p-20));
	default: return uniform(-0x1p-20, 0x1p-20);
	}
}

static const struct fn1 fns1[] = {
	{ "exp", td_exp, exp, expl, gen_exp },
	{ "exp2", td_exp2, exp2, exp2l, gen_exp2 },
	{ "log", td_log, log, logl, gen_log },
	{ "log2", td_log2, log2, log2l, gen_log },
	{ "log10", td_log10, log10, log10l, gen_log },
	{ "log1p", td_log1p, log1p, log1pl, gen_log1p },
	{ "sin", td_sin, sin, sinl, gen_trig },
	{ "cos", td_cos, cos, cosl, gen_trig },
	{ "tan", td_tan, tan, tanl, gen_trig },
	{ "atan", td_atan, atan, atanl, gen_atan },
	{ "expm1", td_expm1, expm1, expm1l, gen_exp },
	{ "sinh", td_sinh, sinh, sinhl, gen_hyp },
	{ "cosh", td_cosh, cosh, coshl, gen_hyp },
	{ "tanh", td_tanh, tanh, tanhl, gen_hyp },
	{ "asin", td_asin, asin, asinl, gen_asin },
	{ "acos", td_acos, acos, acosl, gen_asin },
};
#define NFNS1 (sizeof fns1 / sizeof *fns1)

START_TEST(random1)
{
	run1(&fns1[_i]);
}
END_TEST

/* pow: x over its range with y such that x^y is in range, and the hard spots. */
static void gen_pow(long i, double *x, double *y)
{
	double l;
	switch (i % 6) {
	case 0:
		*x = fabs(anydouble());
		l = log2(*x);
		*y = l == 0 ? uniform(-1e6, 1e6) : uniform(-1070, 1020) / l;
		return;
	case 1:        /* results near overflow and in the subnormals */
		*x = uniform(0.5, 4);
		l = log2(*x);
		*y = (i % 12 == 1 ? uniform(1000, 1024) : uniform(-1075, -1000)) / l;
		return;
	case 2:        /* x near 1, y large */
		*x = 1 + uniform(-0x1p-20, 0x1p-20);
		*y = uniform(-1e9, 1e9);
		return;
	case 3:        /* negative x, integer y */
		*x = -uniform(0, 20);
		*y = (double)(long)uniform(-200, 200);
		return;
	case 4:
		*x = uniform(0, 100);
		*y = uniform(-30, 30);
		return;
	default:       /* exact cases: integers and halves */
		*x = (double)(long)uniform(0, 1000);
		*y = (double)(long)uniform(-10, 10) * 0.5;
		return;
	}
}

START_TEST(random_pow)
{
	struct stat1 s = { 0, 0, 0, 0 };
	for (long i = 0; i < N; i++) {
		double x, y;
		gen_pow(i, &x, &y);
		long double r = powl(x, y);
		note(&s, x, y, ulps(td_pow(x, y), r, 53, -1074), ulps(pow(x, y), r, 53, -1074));
	}
	finish("pow", &s, N);
}
END_TEST

/* sincos gives exactly sin's and cos's results, and sincosf sinf's and cosf's. */
START_TEST(sincos_same)
{
	for (long i = 0; i < N / 10; i++) {
		double x = gen_trig(i), s, c;
		float xf = (float)x, sf, cf;
		td_sincos(x, &s, &c);
		ck_assert_msg((isnan(s) && isnan(td_sin(x))) || (s == td_sin(x) && c == td_cos(x)),
			      "sincos(%a)", x);
		if (isinf(xf))
			continue;
		td_sincosf(xf, &sf, &cf);
		ck_assert_msg((isnan(sf) && isnan(td_sinf(xf))) || (sf == td_sinf(xf) && cf == td_cosf(xf)),
			      "sincosf(%a)", xf);
	}
}
END_TEST

START_TEST(random_atan2)
{
	struct stat1 s = { 0, 0, 0, 0 };
	for (long i = 0; i < N; i++) {
		double y, x;
		switch (i % 3) {
		case 0: y = anydouble(), x = anydouble(); break;
		case 1: y = uniform(-10, 10), x = uniform(-10, 10); break;
		default: y = uniform(-1, 1), x = y * uniform(-2, 2) * (i % 2 ? 0x1p-50 : 0x1p50); break;
		}
		long double r = atan2l(y, x);
		note(&s, y, x, ulps(td_atan2(y, x), r, 53, -1074), ulps(atan2(y, x), r, 53, -1074));
	}
	finish("atan2", &s, N);
}
END_TEST

/* Float forms: the reference is the long double function on the float input. */
struct fnf {
	const char *name;
	float (*td)(float);
	float (*gl)(float);
	long double (*ref)(long double);
	int kind;
};

static float anyfloat(void)
{
	float x;
	do {
		uint32_t b = (uint32_t)next();
		memcpy(&x, &b, sizeof x);
	} while (!isfinite(x));
	return x;
}

static float gen_float(int kind, long i)
{
	switch (i % 3) {
	case 0: return anyfloat();
	case 1:
		switch (kind) {
		case 0: return (float)uniform(-104, 89);        /* exp */
		case 1: return (float)uniform(-150, 128);       /* exp2 */
		case 2: return (float)uniform(0, 10);           /* log */
		case 3: return (float)uniform(-1, 3);           /* log1p */
		case 5: return (float)uniform(-1, 1);           /* asin */
		default: return (float)uniform(-10, 10);
		}
	default:
		switch (kind) {
		case 0: case 1: return (float)uniform(-1, 1);
		case 2: return (float)(1 + uniform(-0x1p-6, 0x1p-6));
		case 3: return (float)uniform(-0x1p-10, 0x1p-10);
		case 5: return (float)(1 - uniform(0, 0x1p-12));
		default: return (float)((long double)(next() >> (next() % 64 + 1)) * 1.5707963267948966192313216916397514L);
		}
	}
}

static const struct fnf fnsf[] = {
	{ "expf", td_expf, expf, expl, 0 },
	{ "exp2f", td_exp2f, exp2f, exp2l, 1 },
	{ "logf", td_logf, logf, logl, 2 },
	{ "log2f", td_log2f, log2f, log2l, 2 },
	{ "log10f", td_log10f, log10f, log10l, 2 },
	{ "log1pf", td_log1pf, log1pf, log1pl, 3 },
	{ "sinf", td_sinf, sinf, sinl, 4 },
	{ "cosf", td_cosf, cosf, cosl, 4 },
	{ "tanf", td_tanf, tanf, tanl, 4 },
	{ "atanf", td_atanf, atanf, atanl, 4 },
	{ "expm1f", td_expm1f, expm1f, expm1l, 0 },
	{ "sinhf", td_sinhf, sinhf, sinhl, 0 },
	{ "coshf", td_coshf, coshf, coshl, 0 },
	{ "tanhf", td_tanhf, tanhf, tanhl, 4 },
	{ "asinf", td_asinf, asinf, asinl, 5 },
	{ "acosf", td_acosf, acosf, acosl, 5 },
};
#define NFNSF (sizeof fnsf / sizeof *fnsf)

START_TEST(randomf)
{
	const struct fnf *f = &fnsf[_i];
	struct stat1 s = { 0, 0, 0, 0 };
	for (long i = 0; i < N; i++) {
		float x = gen_float(f->kind, i);
		long double r = f->ref(x);
		note(&s, x, 0, ulps(f->td(x), r, 24, -149), ulps(f->gl(x), r, 24, -149));
	}
	finish(f->name, &s, N);
}
END_TEST

START_TEST(random_powf_atan2f)
{
	struct stat1 s = { 0, 0, 0, 0 }, a = { 0, 0, 0, 0 };
	for (long i = 0; i < N; i++) {
		float x, y;
		switch (i % 4) {
		case 0: x = fabsf(anyfloat()), y = (float)uniform(-150, 128) / log2f(x); break;
		case 1: x = (float)uniform(0, 10), y = (float)uniform(-40, 40); break;
		case 2: x = (float)-uniform(0, 10), y = (float)(long)uniform(-50, 50); break;
		default: x = (float)(1 + uniform(-0x1p-10, 0x1p-10)), y = (float)uniform(-1e5, 1e5); break;
		}
		long double r = powl(x, y);
		note(&s, x, y, ulps(td_powf(x, y), r, 24, -149), ulps(powf(x, y), r, 24, -149));
		y = anyfloat(), x = i % 2 ? anyfloat() : (float)uniform(-10, 10);
		r = atan2l(y, x);
		note(&a, y, x, ulps(td_atan2f(y, x), r, 24, -149), ulps(atan2f(y, x), r, 24, -149));
	}
	finish("powf", &s, N);
	finish("atan2f", &a, N);
}
END_TEST

#define FLAGS (FE_OVERFLOW | FE_UNDERFLOW | FE_DIVBYZERO | FE_INVALID)

/* The same value (nan as nan, zeros by sign), errno and exceptions as glibc. */
#define SAME(name, call_td, call_gl, arg) SAME_TOL(name, call_td, call_gl, arg, 0x1p-52)
#define SAMEF(name, call_td, call_gl, arg) SAME_TOL(name, call_td, call_gl, arg, 0x1p-23)
#define SAME_TOL(name, call_td, call_gl, arg, tol) do { \
	double t_, g_; int et_, eg_, ft_, fg_; \
	errno = 0; feclearexcept(FE_ALL_EXCEPT); t_ = call_td; et_ = errno; ft_ = fetestexcept(FLAGS); \
	errno = 0; feclearexcept(FE_ALL_EXCEPT); g_ = call_gl; eg_ = errno; fg_ = fetestexcept(FLAGS); \
	ck_assert_msg((isnan(t_) && isnan(g_)) || (t_ == g_ && signbit(t_) == signbit(g_)) || \
		      (isfinite(g_) && g_ != 0 && fabs(t_ - g_) <= fabs(g_) * (tol)) || \
		      fabs(t_ - g_) <= ((tol) == 0x1p-52 ? 0x1p-1074 : 0x1p-149), \
		      "%s(%s): got %a, glibc %a", name, arg, t_, g_); \
	ck_assert_msg(et_ == eg_, "%s(%s): errno %d, glibc %d", name, arg, et_, eg_); \
	if (t_ == g_ && t_ != 0 && fabs(t_) < (tol == 0x1p-52 ? DBL_MIN : FLT_MIN)) \
		ft_ &= ~FE_UNDERFLOW, fg_ &= ~FE_UNDERFLOW;     /* an exact subnormal: may raise */ \
	ck_assert_msg(ft_ == fg_, "%s(%s): flags %#x, glibc %#x", name, arg, ft_, fg_); \
} while (0)

static const double specials[] = {
	0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0, 3.0, -3.0, 0x1p-1074, -0x1p-1074, 0x1p-1022,
	-0x1p-1022, 0x1.fffffffffffffp-1023, DBL_MAX, -DBL_MAX, INFINITY, -INFINITY, NAN, -NAN,
	709.78, 709.79, 710, -708.3, -708.4, -745.1, -745.2, -746, 1024, -1022, -1074, -1075,
	-1075.5, -1076, 22, -22, 710.4, 710.5, -710.4, 0.9999, -0.9999, 1 + 0x1p-52, -40, 0x1p-54, 0x1p-60, -0x1p-60, 1e300, -1e300, 1.5, 0.25, 1e-310, 0x1p52,
	0x1p53, 0x1p53 + 2, 0x1p64, -0x1p64, 1 - 0x1p-53, 1 + 0x1p-52, 1.0 / 3, 10, 100,
};
#define NSPECIAL (sizeof specials / sizeof *specials)

START_TEST(special1)
{
	const struct fn1 *f = &fns1[_i];
	char arg[64];
	for (size_t i = 0; i < NSPECIAL; i++) {
		double x = specials[i];
		snprintf(arg, sizeof arg, "%a", x);
		SAME(f->name, f->td(x), f->gl(x), arg);
	}
}
END_TEST

static const float specialsf[] = {
	0.0f, -0.0f, 1.0f, -1.0f, 0.5f, -0.5f, 2.0f, -2.0f, 3.0f, 0x1p-149f, -0x1p-149f, 0x1p-126f,
	FLT_MAX, -FLT_MAX, INFINITY, -INFINITY, NAN, 88.72f, 88.73f, -103.9f, -104.0f, -87.4f, 128,
	-149, -150, -151, 1e30f, 1e-30f, 0x1p24f, 0x1p25f + 2, 0x1p64f, 1 - 0x1p-24f, 1 + 0x1p-23f,
	10, 100, 0.25f, 1.5f, -1e-40f,
};
#define NSPECIALF (sizeof specialsf / sizeof *specialsf)

START_TEST(specialf)
{
	const struct fnf *f = &fnsf[_i];
	char arg[64];
	for (size_t i = 0; i < NSPECIALF; i++) {
		float x = specialsf[i];
		snprintf(arg, sizeof arg, "%a", x);
		SAMEF(f->name, f->td(x), f->gl(x), arg);
	}
}
END_TEST

START_TEST(special_powf_atan2f)
{
	char arg[128];
	for (size_t i = 0; i < NSPECIALF; i++)
		for (size_t j = 0; j < NSPECIALF; j++) {
			float x = specialsf[i], y = specialsf[j];
			snprintf(arg, sizeof arg, "%a, %a", x, y);
			SAMEF("powf", td_powf(x, y), powf(x, y), arg);
			SAMEF("atan2f", td_atan2f(x, y), atan2f(x, y), arg);
		}
}
END_TEST

START_TEST(special_atan2)
{
	char arg[128];
	for (size_t i = 0; i < NSPECIAL; i++)
		for (size_t j = 0; j < NSPECIAL; j++) {
			double y = specials[i], x = specials[j];
			snprintf(arg, sizeof arg, "%a, %a", y, x);
			SAME("atan2", td_atan2(y, x), atan2(y, x), arg);
		}
}
END_TEST

START_TEST(special_pow)
{
	char arg[128];
	for (size_t i = 0; i < NSPECIAL; i++)
		for (size_t j = 0; j < NSPECIAL; j++) {
			double x = specials[i], y = specials[j];
			snprintf(arg, sizeof arg, "%a, %a", x, y);
			SAME("pow", td_pow(x, y), pow(x, y), arg);
		}
	SAME("pow", td_pow(-8, 1 / 3.), pow(-8, 1 / 3.), "-8, 1/3.");
	SAME("pow", td_pow(10, 308.3), pow(10, 308.3), "10, 308.3");
	SAME("pow", td_pow(10, -323.5), pow(10, -323.5), "10, -323.5");
	SAME("pow", td_pow(10, -330), pow(10, -330), "10, -330");
	SAME("pow", td_pow(-10, 309), pow(-10, 309), "-10, 309");
	SAME("pow", td_pow(-10, -330), pow(-10, -330), "-10, -330");
}
END_TEST

int main(void)
{
	const char *n = getenv("TRANS_DIFF_N");
	Suite *s = suite_create("transcendental_diff");
	TCase *tc = tcase_create("math");
	SRunner *sr;
	int failed;

#ifdef TRANS_DIFF_FMA
#ifdef __FMA__
	if (!__builtin_cpu_supports("fma") || !__builtin_cpu_supports("avx2")) {
		puts("transcendental_diff_fma: skipped, this CPU has no FMA and AVX2");
		return 0;
	}
#else
	puts("transcendental_diff_fma: skipped, not built for FMA (an x86_64 host only)");
	return 0;
#endif
#endif
	if (n)
		N = strtol(n, 0, 10);
	report = getenv("TRANS_DIFF_REPORT") != 0;
	if (report)
		printf("%-8s %9s %9s   (max ulp error against long double)\n", "function", "trapdoor", "glibc");
	tcase_set_timeout(tc, 0);
	tcase_add_loop_test(tc, random1, 0, NFNS1);
	tcase_add_test(tc, random_pow);
	tcase_add_loop_test(tc, special1, 0, NFNS1);
	tcase_add_test(tc, special_pow);
	tcase_add_test(tc, random_atan2);
	tcase_add_test(tc, sincos_same);
	tcase_add_test(tc, special_atan2);
	tcase_add_loop_test(tc, randomf, 0, NFNSF);
	tcase_add_test(tc, random_powf_atan2f);
	tcase_add_loop_test(tc, specialf, 0, NFNSF);
	tcase_add_test(tc, special_powf_atan2f);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed != 0;
}
