/*
 * Differential test of the long double functions that are not exact, in
 * the host's x87 format: trapdoor's src/math sources compiled here as
 * td_<name>.  fmal against glibc's (correctly rounded): value bit for bit,
 * errno and the five flags, in all four rounding modes, on random operands
 * and on cancelling, near-tie, subnormal and overflowing ones, and on
 * results near LDBL_MIN (where tininess is detected after rounding).  The
 * others measured in ulps against libquadmath's 113-bit functions (their
 * own error below 2^-48 of an x87 ulp): cbrtl hypotl expl exp2l logl log2l
 * log10l powl atan2l atanl asinl acosl sinl cosl tanl, each under 1 ulp
 * required and its largest printed, with errno (ERANGE exactly where exp's
 * and pow's results are 0 or infinite).  Inputs: the whole range, the
 * subnormals, the hard spots (x near 1 for log and for pow with large y,
 * exp near overflow and underflow, sin/cos/tan near multiples of pi/2 and
 * up to 2^16383, asin/acos near +-1).  MATH_DIFF_SCALE=n multiplies the
 * counts (make math-diff-full runs n = 10: 10^6 inputs per function).
 */
#include <check.h>
#include <errno.h>
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <quadmath.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

long double td_fmal(long double, long double, long double);
long double td_cbrtl(long double);
long double td_hypotl(long double, long double);
long double td_expl(long double);
long double td_exp2l(long double);
long double td_logl(long double);
long double td_log2l(long double);
long double td_log10l(long double);
long double td_powl(long double, long double);
long double td_atan2l(long double, long double);
long double td_atanl(long double);
long double td_asinl(long double);
long double td_acosl(long double);
long double td_sinl(long double);
long double td_cosl(long double);
long double td_tanl(long double);

#define fmal td_fmal
#define cbrtl td_cbrtl
#define hypotl td_hypotl
#include "../../src/math/fmal.c"
#undef K
#include "../../src/math/cbrtl.c"
#include "../../src/math/hypotl.c"
#define expl td_expl
#define exp2l td_exp2l
#define logl td_logl
#define log2l td_log2l
#define log10l td_log10l
#define powl td_powl
#define atan2l td_atan2l
#define atanl td_atanl
#define asinl td_asinl
#define acosl td_acosl
#define sinl td_sinl
#define cosl td_cosl
#define tanl td_tanl
#include "../../src/math/__math_tab.c"
#include "../../src/math/__math_err.c"
#include "../../src/math/expl.c"
#include "../../src/math/exp2l.c"
#include "../../src/math/logl.c"
#include "../../src/math/log2l.c"
#include "../../src/math/log10l.c"
#include "../../src/math/powl.c"
#include "../../src/math/atan2l.c"
#include "../../src/math/atanl.c"
#include "../../src/math/asinl.c"
#include "../../src/math/acosl.c"
#undef P
#include "../../src/math/__rem_pio2l.c"
#include "../../src/math/sinl.c"
#include "../../src/math/cosl.c"
#include "../../src/math/tanl.c"
#undef expl
#undef exp2l
#undef logl
#undef log2l
#undef log10l
#undef powl
#undef atan2l
#undef atanl
#undef asinl
#undef acosl
#undef sinl
#undef cosl
#undef tanl
#undef fmal
#undef cbrtl
#undef hypotl

#define N 100000
static long scale = 1, cases;
static double max_ulp_cbrtl, max_ulp_hypotl;
static uint64_t state = 0x9e3779b97f4a7c15u;

static uint64_t next(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

/* A random x87 value: any significand with its integer bit, exponent in [-e, e]. */
static long double rand_l(int e)
{
	long double x = ldexpl((long double)(next() | (uint64_t)1 << 63), -63);

	x = ldexpl(x, (int)(next() % (2 * (uint64_t)e + 1)) - e);
	return next() & 1 ? -x : x;
}

/* Any finite value: subnormals, moderate ones, the whole range. */
static long double rand_any(void)
{
	switch (next() % 4) {
	case 0:
		return ldexpl(rand_l(0), -16382 - (int)(next() % 64));
	case 1:
		return rand_l(20);
	default:
		return rand_l(16383);
	}
}

static const int modes[4] = { FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO };

static void fma_case(long double x, long double y, long double z)
{
	long double got, want;
	int m, gf, wf;

	for (m = 0; m < 4; m++) {
		fesetround(modes[m]);
		feclearexcept(FE_ALL_EXCEPT);
		want = fmal(x, y, z);
		wf = fetestexcept(FE_ALL_EXCEPT);
		feclearexcept(FE_ALL_EXCEPT);
		errno = 0;
		got = td_fmal(x, y, z);
		gf = fetestexcept(FE_ALL_EXCEPT);
		fesetround(FE_TONEAREST);
		cases++;
		ck_assert_msg((isnan(got) && isnan(want)) ||
			      (got == want && signbit(got) == signbit(want)),
			      "fmal(%La, %La, %La) mode %d: %La, want %La", x, y, z, m, got, want);
		ck_assert_msg(gf == wf, "fmal(%La, %La, %La) mode %d: flags %#x, want %#x",
			      x, y, z, m, gf, wf);
		ck_assert_msg(errno == 0, "fmal(%La, %La, %La): errno %d", x, y, z, errno);
	}
}

START_TEST(fused)
{
	static const long double sp[] = { 0.0L, -0.0L, 1.0L, -1.0L, LDBL_MIN, -LDBL_MIN, LDBL_TRUE_MIN,
		LDBL_MAX, -LDBL_MAX, 0x1p-8000L, INFINITY, -INFINITY, NAN };
	unsigned i, j, k;
	long n;

	for (i = 0; i < sizeof sp / sizeof sp[0]; i++)
		for (j = 0; j < sizeof sp / sizeof sp[0]; j++)
			for (k = 0; k < sizeof sp / sizeof sp[0]; k++)
				fma_case(sp[i], sp[j], sp[k]);
	for (n = 0; n < N * scale / 4; n++) {
		long double x = rand_any(), y = rand_any(), z = rand_any(), p;

		switch (n % 7) {
		case 0:
			break;
		case 1:         /* the product cancelling the addend */
			x = rand_l(200), y = rand_l(200);
			z = -(x * y) * (1 + (long double)((int)(next() % 9) - 4) * LDBL_EPSILON);
			break;
		case 2:         /* near a tie: the addend a half ulp of the product, or less */
			x = rand_l(30), y = rand_l(30);
			p = x * y;
			z = ldexpl(p, -64 - (int)(next() % 70)) * (next() & 1 ? 1 : -1);
			break;
		case 3:         /* results near or below LDBL_MIN */
			x = rand_l(20) * 0x1p-8180L, y = rand_l(20) * 0x1p-8180L;
			z = rand_l(4) * 0x1p-16382L * (next() & 1 ? 1 : 0x1p-40L);
			break;
		case 4:         /* near overflow */
			x = rand_l(4) * 0x1p8190L, y = rand_l(4) * 0x1p8190L, z = rand_l(4) * 0x1p16382L;
			break;
		case 5:         /* results a few subnormal ulps from LDBL_MIN: tininess */
			x = 1 + (long double)((int)(next() % 17) - 8) * LDBL_EPSILON / 2;
			y = LDBL_MIN * (1 + (long double)(next() % 9) * LDBL_EPSILON);
			z = LDBL_TRUE_MIN * (long double)((int)(next() % 17) - 8) / (next() & 1 ? 1 : 4);
			break;
		default:        /* addends of any relative size */
			x = rand_l(40), y = rand_l(40), z = rand_l(200);
			break;
		}
		fma_case(x, y, z);
	}
}
END_TEST

/* |got - want| in ulps of the x87 format at want (its subnormal ulp below LDBL_MIN). */
static double ulps(long double got, __float128 want)
{
	int e;

	if (isnanq(want))
		return isnan(got) ? 0 : 1e9;
	if (isinf(got) || isinfq(want))
		return (__float128)got == want ? 0 : 1e9;
	e = want == 0 ? LDBL_MIN_EXP - 1 : ilogbq(want);
	if (e < LDBL_MIN_EXP - 1)
		e = LDBL_MIN_EXP - 1;
	return (double)(fabsq((__float128)got - want) / ldexpq(1, e - LDBL_MANT_DIG + 1));
}

START_TEST(cbrt_and_hypot)
{
	long n;

	for (n = 0; n < N * scale; n++) {
		long double x = rand_any(), y = n % 3 ? rand_any() : ldexpl(x, -1 - (int)(next() % 70)) * rand_l(0), c, h;
		__float128 want_h = hypotq(x, y);
		double u;

		c = td_cbrtl(x);
		u = ulps(c, cbrtq(x));
		ck_assert_msg(u < 1, "cbrtl(%La) = %La: %.3f ulp", x, c, u);
		if (u > max_ulp_cbrtl)
			max_ulp_cbrtl = u;
		errno = 0;
		h = td_hypotl(x, y);
		/* A true result past LDBL_MAX rounds to infinity and sets ERANGE. */
		if (want_h > LDBL_MAX) {
			ck_assert_msg(isinf(h) && errno == ERANGE, "hypotl(%La, %La) = %La", x, y, h);
			continue;
		}
		u = ulps(h, want_h);
		ck_assert_msg(u < 1 && errno == 0, "hypotl(%La, %La) = %La: %.3f ulp, errno %d",
			      x, y, h, u, errno);
		if (u > max_ulp_hypotl)
			max_ulp_hypotl = u;
		cases += 2;
	}
}
END_TEST

static double max_ulp[5];
static const char *const names[5] = { "expl", "exp2l", "logl", "log2l", "log10l" };

/* got against want (in ulps, under 1) and errno: ERANGE exactly where exp's result is 0 or infinite. */
static void one(int f, long double x, long double got, int err, __float128 want)
{
	double u = ulps(got, want);

	ck_assert_msg(u < 1, "%s(%La) = %La: %.3f ulp", names[f], x, got, u);
	ck_assert_msg(err == (f < 2 && (got == 0 || isinf(got)) && !isinf(x) ? ERANGE : 0),
		      "%s(%La) = %La: errno %d", names[f], x, got, err);
	if (u > max_ulp[f])
		max_ulp[f] = u;
	cases++;
}

#define ONE(f, name, q, x) do { \
	long double x_ = (x), got_; \
	errno = 0; \
	got_ = td_##name(x_); \
	one(f, x_, got_, errno, q(x_)); \
} while (0)

START_TEST(exp_and_log)
{
	long n;

	for (n = 0; n < N * scale; n++) {
		long double e, l;

		switch (n % 4) {
		case 0:         /* the whole range of exp's finite results */
			e = ldexpl((long double)(next() >> 11), -53) * 22757 - 11400;
			break;
		case 1:         /* small arguments */
			e = ldexpl(rand_l(0), -(int)(next() % 70));
			break;
		case 2:
			e = rand_l(14);
			break;
		default:        /* near the ends */
			e = (n & 4 ? 11356.0L : -11399.0L) + ldexpl(rand_l(0), -(int)(next() % 12));
			break;
		}
		ONE(0, expl, expq, e);
		ONE(1, exp2l, exp2q, e * 1.4426950408889634074L);
		l = n % 3 ? fabsl(rand_any()) : 1 + ldexpl(rand_l(0), -1 - (int)(next() % 66));
		if (l == 0)
			continue;
		ONE(2, logl, logq, l);
		ONE(3, log2l, log2q, l);
		ONE(4, log10l, log10q, l);
	}
}
END_TEST

static double max_ulp_powl;

START_TEST(power)
{
	long n;

	for (n = 0; n < N * scale; n++) {
		long double x = fabsl(rand_any()), y, got;
		__float128 want;
		int err;

		switch (n % 4) {
		case 0:         /* results over the whole range */
			y = (ldexpl((long double)(next() >> 11), -53) * 22757 - 11400) / logl(x);
			break;
		case 1:         /* x near 1, y large */
			x = 1 + ldexpl(rand_l(0), -1 - (int)(next() % 64));
			y = ldexpl(rand_l(0), (int)(next() % 70));
			break;
		case 2:         /* negative x, integer y */
			x = -rand_l(8);
			y = (long double)((int64_t)(next() % 4001) - 2000);
			break;
		default:
			y = rand_l(8);
			break;
		}
		if (x == 1 || isinf(y) || isnan(y))
			continue;
		want = powq(x, y);
		errno = 0;
		got = td_powl(x, y);
		err = errno;
		if (want > LDBL_MAX || want < -LDBL_MAX) {
			ck_assert_msg(isinf(got) && err == ERANGE, "powl(%La, %La) = %La", x, y, got);
			continue;
		}
		double u = ulps(got, want);
		ck_assert_msg(u < 1, "powl(%La, %La) = %La: %.3f ulp", x, y, got, u);
		ck_assert_msg(err == (got == 0 ? ERANGE : 0), "powl(%La, %La) = %La: errno %d", x, y, got, err);
		if (u > max_ulp_powl)
			max_ulp_powl = u;
		cases++;
	}
}
END_TEST

static double max_ulp_atan2l, max_ulp_atanl, max_ulp_asinl, max_ulp_acosl;

START_TEST(arctangents)
{
	long n;

	for (n = 0; n < N * scale; n++) {
		long double y = rand_any(), x = n % 2 ? rand_any() : y * rand_l(72), got;
		double u;

		if (isinf(x))
			continue;
		errno = 0;
		got = td_atan2l(y, x);
		u = ulps(got, atan2q(y, x));
		ck_assert_msg(u < 1, "atan2l(%La, %La) = %La: %.3f ulp", y, x, got, u);
		ck_assert_msg(errno == (got == 0 && y != 0 ? ERANGE : 0), "atan2l(%La, %La): errno %d", y, x, errno);
		if (u > max_ulp_atan2l)
			max_ulp_atan2l = u;
		x = n % 4 ? rand_l(40) : rand_any();
		got = td_atanl(x);
		u = ulps(got, atanq(x));
		ck_assert_msg(u < 1, "atanl(%La) = %La: %.3f ulp", x, got, u);
		if (u > max_ulp_atanl)
			max_ulp_atanl = u;
		/* asin and acos: anywhere in [-1, 1], near 0, near +-1. */
		x = n % 3 == 0 ? ldexpl((long double)(next() >> 11), -53) * 2 - 1
			: n % 3 == 1 ? ldexpl(rand_l(0), -(int)(next() % 80))
			: (1 - ldexpl(fabsl(rand_l(0)), -1 - (int)(next() % 63))) * (next() & 1 ? 1 : -1);
		got = td_asinl(x);
		u = ulps(got, asinq(x));
		ck_assert_msg(u < 1, "asinl(%La) = %La: %.3f ulp", x, got, u);
		if (u > max_ulp_asinl)
			max_ulp_asinl = u;
		got = td_acosl(x);
		u = ulps(got, acosq(x));
		ck_assert_msg(u < 1, "acosl(%La) = %La: %.3f ulp", x, got, u);
		if (u > max_ulp_acosl)
			max_ulp_acosl = u;
		cases += 4;
	}
}
END_TEST

static double max_ulp_trig[3];

/* x near a multiple of pi/2: n pi/2 rounded, and its neighbours. */
static long double near_pio2(void)
{
	long double x = (long double)((int64_t)(next() % 2000001) - 1000000) * 1.57079632679489661923132169163975144L;

	return x + (long double)((int)(next() % 9) - 4) * ldexpl(1, ilogbl(x) - 63);
}

START_TEST(trigonometric)
{
	long n;

	for (n = 0; n < N * scale; n++) {
		long double x, g[3];
		__float128 q[3];
		int f;

		switch (n % 4) {
		case 0:
			x = rand_l(3);
			break;
		case 1:
			x = near_pio2();
			break;
		case 2:
			x = rand_l(70);
			break;
		default:
			x = rand_l(16383);
			break;
		}
		g[0] = td_sinl(x), g[1] = td_cosl(x), g[2] = td_tanl(x);
		q[0] = sinq(x), q[1] = cosq(x), q[2] = tanq(x);
		for (f = 0; f < 3; f++) {
			double u = ulps(g[f], q[f]);

			ck_assert_msg(u < 1, "%s(%La) = %La: %.3f ulp", f == 0 ? "sinl" : f == 1 ? "cosl" : "tanl",
				      x, g[f], u);
			if (u > max_ulp_trig[f])
				max_ulp_trig[f] = u;
		}
		cases += 3;
	}
}
END_TEST

START_TEST(specials)
{
	ck_assert(td_cbrtl(-27.0L) == -3.0L);
	ck_assert(signbit(td_cbrtl(-0.0L)) && td_cbrtl(-0.0L) == 0);
	ck_assert(isinf(td_cbrtl(-INFINITY)) && td_cbrtl(-INFINITY) < 0);
	ck_assert(isnan(td_cbrtl(NAN)));
	ck_assert(td_cbrtl(LDBL_TRUE_MIN) == cbrtl(LDBL_TRUE_MIN));
	ck_assert(td_hypotl(INFINITY, NAN) == INFINITY);
	ck_assert(td_hypotl(NAN, -INFINITY) == INFINITY);
	ck_assert(isnan(td_hypotl(NAN, 1)));
	ck_assert(td_hypotl(-3.0L, 4.0L) == 5.0L);
	ck_assert(td_hypotl(LDBL_TRUE_MIN, 0) == LDBL_TRUE_MIN);
	errno = 0;
	ck_assert(isinf(td_hypotl(LDBL_MAX, LDBL_MAX)) && errno == ERANGE);
	errno = 0;
	ck_assert(td_hypotl(LDBL_MAX, 1) == LDBL_MAX && errno == 0);
}
END_TEST

START_TEST(count_cases)
{
	ck_assert_msg(cases > 2 * N * scale, "only %ld cases compared", cases);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("ldouble_diff");
	TCase *tc = tcase_create("x87");
	SRunner *sr;
	int failed;

	if (getenv("MATH_DIFF_SCALE"))
		scale = atol(getenv("MATH_DIFF_SCALE"));
	tcase_set_timeout(tc, 0);
	tcase_add_test(tc, fused);
	tcase_add_test(tc, cbrt_and_hypot);
	tcase_add_test(tc, exp_and_log);
	tcase_add_test(tc, power);
	tcase_add_test(tc, arctangents);
	tcase_add_test(tc, trigonometric);
	tcase_add_test(tc, specials);
	tcase_add_test(tc, count_cases);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	fprintf(stderr, "ldouble_diff: %ld cases; max ulp: cbrtl %.3f hypotl %.3f expl %.3f exp2l %.3f"
		" logl %.3f log2l %.3f log10l %.3f powl %.3f atan2l %.3f atanl %.3f asinl %.3f acosl %.3f sinl %.3f cosl %.3f tanl %.3f\n", cases, max_ulp_cbrtl, max_ulp_hypotl,
		max_ulp[0], max_ulp[1], max_ulp[2], max_ulp[3], max_ulp[4], max_ulp_powl,
		max_ulp_atan2l, max_ulp_atanl, max_ulp_asinl, max_ulp_acosl,
		max_ulp_trig[0], max_ulp_trig[1], max_ulp_trig[2]);
	return failed ? 1 : 0;
}
