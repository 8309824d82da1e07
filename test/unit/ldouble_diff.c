/*
 * Differential test of the long double functions that are not exact, in
 * the host's x87 format: trapdoor's src/math sources compiled here as
 * td_<name>.  fmal against glibc's (correctly rounded): value bit for bit,
 * errno and the five flags, in all four rounding modes, on random operands
 * and on cancelling, near-tie, subnormal and overflowing ones, and on
 * results near LDBL_MIN (where tininess is detected after rounding).  cbrtl and
 * hypotl measured in ulps against libquadmath's cbrtq and hypotq (113 bits,
 * so their own error is below 2^-48 of an x87 ulp): under 1 required, the
 * largest printed.  MATH_DIFF_SCALE=n multiplies the counts (make
 * math-diff-full runs n = 10: over 10^6 inputs per function).
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

#define fmal td_fmal
#define cbrtl td_cbrtl
#define hypotl td_hypotl
#include "../../src/math/fmal.c"
#undef K
#include "../../src/math/cbrtl.c"
#include "../../src/math/hypotl.c"
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
	tcase_add_test(tc, specials);
	tcase_add_test(tc, count_cases);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	fprintf(stderr, "ldouble_diff: %ld cases; max ulp: cbrtl %.3f hypotl %.3f\n",
		cases, max_ulp_cbrtl, max_ulp_hypotl);
	return failed ? 1 : 0;
}
