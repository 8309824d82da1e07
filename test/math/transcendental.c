/*
 * exp exp2 log log2 log10 log1p pow sin cos tan atan atan2 and their float
 * forms on this target: within one ulp of the correctly rounded results in
 * vectors.h (hard inputs: huge sin/cos/tan arguments, near 1 for log,
 * near the ends of exp and pow), and Annex F's special values with errno.
 * The exceptions are compared with glibc's by test/unit/math_diff.c.
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <string.h>
#include "t.h"
#include "vectors.h"

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

static double call1(const char *fn, double x)
{
	static const struct { const char *name; double (*f)(double); } t[] = {
		{ "exp", exp }, { "exp2", exp2 }, { "log", log }, { "log2", log2 }, { "log10", log10 },
		{ "log1p", log1p }, { "sin", sin }, { "cos", cos }, { "tan", tan }, { "atan", atan },
		{ "expm1", expm1 }, { "sinh", sinh }, { "cosh", cosh }, { "tanh", tanh }, { "asin", asin },
		{ "acos", acos },
	};
	for (size_t i = 0; i < sizeof t / sizeof *t; i++)
		if (!strcmp(t[i].name, fn))
			return t[i].f(x);
	return NAN;
}

static float call1f(const char *fn, float x)
{
	static const struct { const char *name; float (*f)(float); } t[] = {
		{ "expf", expf }, { "exp2f", exp2f }, { "logf", logf }, { "log2f", log2f },
		{ "log10f", log10f }, { "log1pf", log1pf }, { "sinf", sinf }, { "cosf", cosf },
		{ "tanf", tanf }, { "atanf", atanf }, { "expm1f", expm1f }, { "sinhf", sinhf },
		{ "coshf", coshf }, { "tanhf", tanhf }, { "asinf", asinf }, { "acosf", acosf },
	};
	for (size_t i = 0; i < sizeof t / sizeof *t; i++)
		if (!strcmp(t[i].name, fn))
			return t[i].f(x);
	return NAN;
}

static void vectors(void)
{
	int bad = 0, badf = 0, bad2 = 0;
	for (size_t i = 0; i < sizeof vec1 / sizeof *vec1; i++) {
		double got = call1(vec1[i].fn, vec1[i].x), want = vec1[i].want;
		if (!near1(got, want)) {
			bad++;
			t_true(vec1[i].fn, 0, "more than 1 ulp from the correctly rounded result");
		}
	}
	t_eq("vectors_double_bad", bad, 0);
	for (size_t i = 0; i < sizeof vec1f / sizeof *vec1f; i++) {
		float got = call1f(vec1f[i].fn, vec1f[i].x), want = vec1f[i].want;
		if (!near1f(got, want)) {
			badf++;
			t_true(vec1f[i].fn, 0, "more than 1 ulp from the correctly rounded result");
		}
	}
	t_eq("vectors_float_bad", badf, 0);
	for (size_t i = 0; i < sizeof vec2 / sizeof *vec2; i++) {
		const struct vec2 *v = &vec2[i];
		double got = v->fn[0] == 'p' ? pow(v->x, v->y) : atan2(v->x, v->y);
		if (!near1(got, v->want)) {
			bad2++;
			t_true(v->fn, 0, "more than 1 ulp from the correctly rounded result");
		}
	}
	t_eq("vectors_pow_atan2_bad", bad2, 0);
}

/* Arguments through a volatile, so that gcc folds no call with constant arguments (it drops errno). */
static double vd(double x)
{
	volatile double v = x;
	return v;
}

static float vf(float x)
{
	volatile float v = x;
	return v;
}

#define exp(x) (exp)(vd(x))
#define expf(x) (expf)(vf(x))
#define exp2(x) (exp2)(vd(x))
#define exp2f(x) (exp2f)(vf(x))
#define log(x) (log)(vd(x))
#define logf(x) (logf)(vf(x))
#define log2(x) (log2)(vd(x))
#define log2f(x) (log2f)(vf(x))
#define log10(x) (log10)(vd(x))
#define log10f(x) (log10f)(vf(x))
#define log1p(x) (log1p)(vd(x))
#define log1pf(x) (log1pf)(vf(x))
#define sin(x) (sin)(vd(x))
#define sinf(x) (sinf)(vf(x))
#define cos(x) (cos)(vd(x))
#define cosf(x) (cosf)(vf(x))
#define tan(x) (tan)(vd(x))
#define tanf(x) (tanf)(vf(x))
#define atan(x) (atan)(vd(x))
#define atanf(x) (atanf)(vf(x))
#define expm1(x) (expm1)(vd(x))
#define expm1f(x) (expm1f)(vf(x))
#define sinh(x) (sinh)(vd(x))
#define sinhf(x) (sinhf)(vf(x))
#define cosh(x) (cosh)(vd(x))
#define coshf(x) (coshf)(vf(x))
#define tanh(x) (tanh)(vd(x))
#define tanhf(x) (tanhf)(vf(x))
#define asin(x) (asin)(vd(x))
#define asinf(x) (asinf)(vf(x))
#define acos(x) (acos)(vd(x))
#define acosf(x) (acosf)(vf(x))
#define pow(x, y) (pow)(vd(x), vd(y))
#define powf(x, y) (powf)(vf(x), vf(y))
#define atan2(x, y) (atan2)(vd(x), vd(y))
#define atan2f(x, y) (atan2f)(vf(x), vf(y))

/* signbit gives any nonzero value for a set sign bit: compare truth values. */
#define SAME(a, b) (((a) != (a) && (b) != (b)) || \
	((a) == (b) && !__builtin_signbit(a) == !__builtin_signbit(b)))

/* want is stored in its own type first (FLT_EVAL_METHOD 2 on i386, 1 on s390x). */
#define CASE(name, call, want, want_errno) do { \
	__typeof__(want) got_, want_ = (want); \
	errno = 0; \
	got_ = call; \
	t_true(name, SAME(got_, want_), "wrong value"); \
	t_eq(name "_errno", errno, want_errno); \
} while (0)

static void specials(void)
{
	double inf = INFINITY, nan = NAN, pio2 = 0x1.921fb54442d18p+0, pi = 0x1.921fb54442d18p+1;
	float inff = INFINITY, pio2f = 0x1.921fb6p+0f;

	CASE("exp_0", exp(0.0), 1.0, 0);
	CASE("exp_inf", exp(inf), inf, 0);
	CASE("exp_minf", exp(-inf), 0.0, 0);
	CASE("exp_nan", exp(nan), nan, 0);
	CASE("exp_oflow", exp(710.0), inf, ERANGE);
	CASE("exp_uflow", exp(-746.0), 0.0, ERANGE);
	CASE("exp_subnormal", exp(-745.0), 0x1p-1074, 0);
	CASE("exp_max", exp(0x1.62e42fefa39efp+9), 0x1.fffffffffff2ap+1023, 0);
	CASE("exp2_1023", exp2(1023.0), 0x1p1023, 0);
	CASE("exp2_m1074", exp2(-1074.0), 0x1p-1074, 0);
	CASE("exp2_oflow", exp2(1024.0), inf, ERANGE);
	CASE("exp2_uflow", exp2(-1075.0), 0.0, ERANGE);
	CASE("log_1", log(1.0), 0.0, 0);
	CASE("log_0", log(0.0), -inf, ERANGE);
	CASE("log_m0", log(-0.0), -inf, ERANGE);
	CASE("log_neg", log(-1.0), nan, EDOM);
	CASE("log_minf", log(-inf), nan, EDOM);
	CASE("log_inf", log(inf), inf, 0);
	CASE("log_min_subnormal", log(0x1p-1074), -0x1.74385446d71c3p+9, 0);
	CASE("log2_exact", log2(0x1p-1074), -1074.0, 0);
	CASE("log2_0", log2(0.0), -inf, ERANGE);
	CASE("log10_exact", log10(1e22), 22.0, 0);
	CASE("log10_neg", log10(-2.0), nan, EDOM);
	CASE("log1p_m0", log1p(-0.0), -0.0, 0);
	CASE("log1p_m1", log1p(-1.0), -inf, ERANGE);
	CASE("log1p_lt_m1", log1p(-1.5), nan, EDOM);
	CASE("log1p_tiny", log1p(0x1p-60), 0x1p-60, 0);
	CASE("sin_m0", sin(-0.0), -0.0, 0);
	CASE("sin_inf", sin(inf), nan, EDOM);
	CASE("sin_nan", sin(nan), nan, 0);
	CASE("sin_pi", sin(pi), 0x1.1a62633145c07p-53, 0);
	CASE("cos_0", cos(0.0), 1.0, 0);
	CASE("cos_minf", cos(-inf), nan, EDOM);
	CASE("cos_pio2", cos(pio2), 0x1.1a62633145c07p-54, 0);
	CASE("tan_m0", tan(-0.0), -0.0, 0);
	CASE("tan_inf", tan(inf), nan, EDOM);
	CASE("atan_inf", atan(inf), pio2, 0);
	CASE("atan_m0", atan(-0.0), -0.0, 0);
	CASE("atan2_p0_m0", atan2(0.0, -0.0), pi, 0);
	CASE("atan2_m0_m0", atan2(-0.0, -0.0), -pi, 0);
	CASE("atan2_m0_p0", atan2(-0.0, 0.0), -0.0, 0);
	CASE("atan2_1_0", atan2(1.0, 0.0), pio2, 0);
	CASE("atan2_inf_minf", atan2(inf, -inf), 0x1.2d97c7f3321d2p+1, 0);
	CASE("atan2_minf_inf", atan2(-inf, inf), -0x1.921fb54442d18p-1, 0);
	CASE("atan2_1_minf", atan2(1.0, -inf), pi, 0);
	CASE("atan2_m1_inf", atan2(-1.0, inf), -0.0, 0);
	CASE("atan2_nan", atan2(nan, 1.0), nan, 0);
	CASE("pow_x_0", pow(nan, 0.0), 1.0, 0);
	CASE("pow_1_nan", pow(1.0, nan), 1.0, 0);
	CASE("pow_m1_inf", pow(-1.0, inf), 1.0, 0);
	CASE("pow_m1_minf", pow(-1.0, -inf), 1.0, 0);
	CASE("pow_m8_third", pow(-8.0, 1 / 3.0), nan, EDOM);
	CASE("pow_m0_m3", pow(-0.0, -3.0), -inf, ERANGE);
	CASE("pow_m0_m2", pow(-0.0, -2.0), inf, ERANGE);
	CASE("pow_m0_3", pow(-0.0, 3.0), -0.0, 0);
	CASE("pow_m0_half", pow(-0.0, 0.5), 0.0, 0);
	CASE("pow_minf_half", pow(-inf, 0.5), inf, 0);
	CASE("pow_minf_m3", pow(-inf, -3.0), -0.0, 0);
	CASE("pow_minf_3", pow(-inf, 3.0), -inf, 0);
	CASE("pow_half_inf", pow(0.5, inf), 0.0, 0);
	CASE("pow_2_minf", pow(2.0, -inf), 0.0, 0);
	CASE("pow_m2_3", pow(-2.0, 3.0), -8.0, 0);
	CASE("pow_m2_big_even", pow(-2.0, 0x1p60), inf, ERANGE);
	CASE("pow_m3_m1075", pow(-3.0, -1075.0), -0.0, ERANGE);
	CASE("pow_10_309", pow(10.0, 309.0), inf, ERANGE);
	CASE("pow_2_m1074", pow(2.0, -1074.0), 0x1p-1074, 0);
	CASE("pow_2_1023", pow(2.0, 1023.0), 0x1p1023, 0);
	CASE("pow_3_40", pow(3.0, 40.0), 12157665459056928801.0, 0);
	CASE("pow_half_exact", pow(2.25, 0.5), 1.5, 0);
	CASE("pow_tiny_y", pow(7.0, 0x1p-80), 1.0, 0);
	CASE("expm1_minf", expm1(-inf), -1.0, 0);
	CASE("expm1_m0", expm1(-0.0), -0.0, 0);
	CASE("expm1_oflow", expm1(710.0), inf, ERANGE);
	CASE("sinh_m0", sinh(-0.0), -0.0, 0);
	CASE("sinh_minf", sinh(-inf), -inf, 0);
	CASE("sinh_oflow", sinh(-711.0), -inf, ERANGE);
	CASE("cosh_minf", cosh(-inf), inf, 0);
	CASE("cosh_oflow", cosh(711.0), inf, ERANGE);
	CASE("cosh_0", cosh(0.0), 1.0, 0);
	CASE("tanh_minf", tanh(-inf), -1.0, 0);
	CASE("tanh_m0", tanh(-0.0), -0.0, 0);
	CASE("asin_1", asin(-1.0), -pio2, 0);
	CASE("asin_big", asin(1.5), nan, EDOM);
	CASE("asin_m0", asin(-0.0), -0.0, 0);
	CASE("acos_1", acos(1.0), 0.0, 0);
	CASE("acos_m1", acos(-1.0), pi, 0);
	CASE("acos_big", acos(-inf), nan, EDOM);
	CASE("expm1f_oflow", expm1f(89.0f), inff, ERANGE);
	CASE("sinhf_oflow", sinhf(90.0f), inff, ERANGE);
	CASE("coshf_oflow", coshf(-90.0f), inff, ERANGE);
	CASE("tanhf_big", tanhf(-20.0f), -1.0f, 0);
	CASE("asinf_big", asinf(2.0f), (float)NAN, EDOM);
	CASE("acosf_m1", acosf(-1.0f), 0x1.921fb6p+1f, 0);
	CASE("expf_oflow", expf(89.0f), inff, ERANGE);
	CASE("expf_uflow", expf(-104.0f), 0.0f, ERANGE);
	CASE("expf_1", expf(1.0f), 0x1.5bf0a8p+1f, 0);
	CASE("exp2f_m149", exp2f(-149.0f), 0x1p-149f, 0);
	CASE("logf_0", logf(0.0f), -inff, ERANGE);
	CASE("logf_neg", logf(-1.0f), (float)NAN, EDOM);
	CASE("log2f_8", log2f(8.0f), 3.0f, 0);
	CASE("log10f_1000", log10f(1000.0f), 3.0f, 0);
	CASE("log1pf_m1", log1pf(-1.0f), -inff, ERANGE);
	CASE("sinf_inf", sinf(inff), (float)NAN, EDOM);
	CASE("cosf_big", cosf(0x1p120f), -0x1.da0cdp-1f, 0);
	CASE("tanf_m0", tanf(-0.0f), -0.0f, 0);
	CASE("atanf_minf", atanf(-inff), -pio2f, 0);
	CASE("atan2f_1_m0", atan2f(1.0f, -0.0f), pio2f, 0);
	CASE("powf_oflow", powf(10.0f, 39.0f), inff, ERANGE);
	CASE("powf_uflow", powf(10.0f, -46.0f), 0.0f, ERANGE);
	CASE("powf_m2_m3", powf(-2.0f, -3.0f), -0.125f, 0);
	CASE("powf_m8_third", powf(-8.0f, 1 / 3.0f), (float)NAN, EDOM);
	CASE("powf_0_m1", powf(0.0f, -1.0f), inff, ERANGE);
}

int main(void)
{
	vectors();
	specials();
	return t_done();
}
