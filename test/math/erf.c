/*
 * asinh acosh atanh erf erfc and their float forms on this target: within
 * one ulp of the correctly rounded results of erfvectors.h (test/math/
 * mkerfvectors: acosh near 1, atanh near 1, erf near 0 and its subnormals,
 * erfc into its subnormals and past its underflow), the float forms
 * correctly rounded, and Annex F's special values with errno and the four
 * exceptions (glibc's choices, compared on the host by test/unit/erf_diff.c).
 */
#include <errno.h>
#include <fenv.h>
#include <math.h>
#include <stdint.h>
#include <string.h>
#include "t.h"
#include "erfvectors.h"

static int near1(double got, double want)
{
	uint64_t g, w;
	memcpy(&g, &got, sizeof g);
	memcpy(&w, &want, sizeof w);
	return (g >> 63) == (w >> 63) && (g > w ? g - w : w - g) <= 1;
}

static double call(const char *fn, double x)
{
	static const struct { const char *name; double (*f)(double); } t[] = {
		{ "asinh", asinh }, { "acosh", acosh }, { "atanh", atanh }, { "erf", erf }, { "erfc", erfc },
	};
	for (size_t i = 0; i < sizeof t / sizeof *t; i++)
		if (!strcmp(t[i].name, fn))
			return t[i].f(x);
	return NAN;
}

static float callf(const char *fn, float x)
{
	static const struct { const char *name; float (*f)(float); } t[] = {
		{ "asinhf", asinhf }, { "acoshf", acoshf }, { "atanhf", atanhf }, { "erff", erff },
		{ "erfcf", erfcf },
	};
	for (size_t i = 0; i < sizeof t / sizeof *t; i++)
		if (!strcmp(t[i].name, fn))
			return t[i].f(x);
	return NAN;
}

static void vectors(void)
{
	int bad = 0, badf = 0;
	for (size_t i = 0; i < sizeof evec / sizeof *evec; i++)
		if (!near1(call(evec[i].fn, evec[i].x), evec[i].want)) {
			bad++;
			t_true(evec[i].fn, 0, "more than 1 ulp from the correctly rounded result");
		}
	t_eq("vectors_double_bad", bad, 0);
	for (size_t i = 0; i < sizeof evecf / sizeof *evecf; i++) {
		float got = callf(evecf[i].fn, evecf[i].x), want = evecf[i].want;
		if (got != want) {
			badf++;
			t_true(evecf[i].fn, 0, "not the correctly rounded result");
		}
	}
	t_eq("vectors_float_bad", badf, 0);
}

/* Arguments through a volatile, so that gcc folds no call with constant arguments. */
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

#define asinh(x) (asinh)(vd(x))
#define acosh(x) (acosh)(vd(x))
#define atanh(x) (atanh)(vd(x))
#define erf(x) (erf)(vd(x))
#define erfc(x) (erfc)(vd(x))
#define asinhf(x) (asinhf)(vf(x))
#define acoshf(x) (acoshf)(vf(x))
#define atanhf(x) (atanhf)(vf(x))
#define erff(x) (erff)(vf(x))
#define erfcf(x) (erfcf)(vf(x))

#define SAME(a, b) (((a) != (a) && (b) != (b)) || \
	((a) == (b) && !__builtin_signbit(a) == !__builtin_signbit(b)))

#define FLAGS (FE_INVALID | FE_DIVBYZERO | FE_OVERFLOW | FE_UNDERFLOW)
#define INV FE_INVALID
#define DIV FE_DIVBYZERO
#define UF FE_UNDERFLOW

/* want is stored in its own type first (FLT_EVAL_METHOD 2 on i386, 1 on s390x). */
#define CASE(name, call, want, want_errno, want_flags) do { \
	__typeof__(want) got_, want_ = (want); \
	errno = 0; \
	feclearexcept(FE_ALL_EXCEPT); \
	got_ = call; \
	t_true(name, SAME(got_, want_), "wrong value"); \
	t_eq(name "_errno", errno, want_errno); \
	t_eq(name "_flags", fetestexcept(FLAGS), want_flags); \
} while (0)

static void specials(void)
{
	double inf = INFINITY, nan = NAN;
	float inff = INFINITY, nanf = NAN;

	CASE("asinh_m0", asinh(-0.0), -0.0, 0, 0);
	CASE("asinh_minf", asinh(-inf), -inf, 0, 0);
	CASE("asinh_nan", asinh(nan), nan, 0, 0);
	CASE("asinh_subnormal", asinh(-0x1p-1070), -0x1p-1070, 0, UF);
	CASE("asinh_max", asinh(0x1.fffffffffffffp+1023), 0x1.633ce8fb9f87ep+9, 0, 0);
	CASE("acosh_1", acosh(1.0), 0.0, 0, 0);
	CASE("acosh_inf", acosh(inf), inf, 0, 0);
	CASE("acosh_lt1", acosh(0.5), nan, EDOM, INV);
	CASE("acosh_minf", acosh(-inf), nan, EDOM, INV);
	CASE("acosh_nan", acosh(nan), nan, 0, 0);
	CASE("atanh_m0", atanh(-0.0), -0.0, 0, 0);
	CASE("atanh_1", atanh(1.0), inf, ERANGE, DIV);
	CASE("atanh_m1", atanh(-1.0), -inf, ERANGE, DIV);
	CASE("atanh_gt1", atanh(1.5), nan, EDOM, INV);
	CASE("atanh_inf", atanh(inf), nan, EDOM, INV);
	CASE("atanh_subnormal", atanh(0x1p-1060), 0x1p-1060, 0, UF);
	CASE("erf_m0", erf(-0.0), -0.0, 0, 0);
	CASE("erf_inf", erf(inf), 1.0, 0, 0);
	CASE("erf_minf", erf(-inf), -1.0, 0, 0);
	CASE("erf_nan", erf(nan), nan, 0, 0);
	CASE("erf_6", erf(6.0), 1.0, 0, 0);
	CASE("erf_min_subnormal", erf(0x1p-1074), 0x1p-1074, 0, UF);
	CASE("erfc_0", erfc(0.0), 1.0, 0, 0);
	CASE("erfc_inf", erfc(inf), 0.0, 0, 0);
	CASE("erfc_minf", erfc(-inf), 2.0, 0, 0);
	CASE("erfc_nan", erfc(nan), nan, 0, 0);
	CASE("erfc_m6", erfc(-6.0), 2.0, 0, 0);
	CASE("erfc_subnormal", erfc(27.0), 0x0.0000000019e0fp-1022, 0, UF);
	CASE("erfc_uflow", erfc(27.23), 0.0, ERANGE, UF);
	CASE("erfc_uflow_big", erfc(1e300), 0.0, ERANGE, UF);
	CASE("asinhf_minf", asinhf(-inff), -inff, 0, 0);
	CASE("asinhf_subnormal", asinhf(0x1p-140f), 0x1p-140f, 0, UF);
	CASE("acoshf_lt1", acoshf(0.0f), nanf, EDOM, INV);
	CASE("atanhf_m1", atanhf(-1.0f), -inff, ERANGE, DIV);
	CASE("atanhf_gt1", atanhf(-2.0f), nanf, EDOM, INV);
	CASE("erff_minf", erff(-inff), -1.0f, 0, 0);
	CASE("erff_1", erff(1.0f), 0x1.af767ap-1f, 0, 0);
	CASE("erfcf_inf", erfcf(inff), 0.0f, 0, 0);
	CASE("erfcf_subnormal", erfcf(10.0f), 0x1p-149f, 0, UF);
	CASE("erfcf_uflow", erfcf(10.06f), 0.0f, ERANGE, UF);
}

int main(void)
{
	vectors();
	specials();
	return t_done();
}
