/*
 * <fenv.h> on this arch: each flag raised by arithmetic (double, float and
 * long double, which is the x87 unit on x86) and by feraiseexcept, tested,
 * saved, restored and cleared; the rounding modes, and arithmetic following
 * them; the whole environment saved, held, updated and reset.
 */
#include <fenv.h>
#include <float.h>
#include "t.h"

#ifndef FE_INVALID
#define FE_INVALID 0
#endif
#ifndef FE_DIVBYZERO
#define FE_DIVBYZERO 0
#endif
#ifndef FE_OVERFLOW
#define FE_OVERFLOW 0
#endif
#ifndef FE_UNDERFLOW
#define FE_UNDERFLOW 0
#endif
#ifndef FE_INEXACT
#define FE_INEXACT 0
#endif

static volatile double d0 = 0, d1 = 1, d3 = 3, dmax = DBL_MAX, dmin = DBL_MIN;
static volatile float f0 = 0, f1 = 1, f3 = 3, fmax_ = FLT_MAX, fmin_ = FLT_MIN;
static volatile long double l0 = 0, l1 = 1, l3 = 3, lmax = LDBL_MAX, lmin = LDBL_MIN;
static volatile double dsink;
static volatile float fsink;
static volatile long double lsink;

/* The flags an operation raised: exactly want, among the five. */
#define RAISES(name, op, want) do { \
	feclearexcept(FE_ALL_EXCEPT); \
	op; \
	t_eq(name, fetestexcept(FE_ALL_EXCEPT), want); \
} while (0)

static void arithmetic_flags(void)
{
	RAISES("double_1/0_divbyzero", dsink = d1 / d0, FE_DIVBYZERO);
	RAISES("double_0/0_invalid", dsink = d0 / d0, FE_INVALID);
	RAISES("double_max*3_overflow", dsink = dmax * d3, FE_OVERFLOW | FE_INEXACT);
	RAISES("double_min/3_underflow", dsink = dmin / d3, FE_UNDERFLOW | FE_INEXACT);
	RAISES("double_1/3_inexact", dsink = d1 / d3, FE_INEXACT);
	RAISES("double_1+1_none", dsink = d1 + d1, 0);
	RAISES("float_1/0_divbyzero", fsink = f1 / f0, FE_DIVBYZERO);
	RAISES("float_0/0_invalid", fsink = f0 / f0, FE_INVALID);
	RAISES("float_max*3_overflow", fsink = fmax_ * f3, FE_OVERFLOW | FE_INEXACT);
	RAISES("float_min/3_underflow", fsink = fmin_ / f3, FE_UNDERFLOW | FE_INEXACT);
	RAISES("float_1/3_inexact", fsink = f1 / f3, FE_INEXACT);
	RAISES("ldouble_1/0_divbyzero", lsink = l1 / l0, FE_DIVBYZERO);
	RAISES("ldouble_0/0_invalid", lsink = l0 / l0, FE_INVALID);
	RAISES("ldouble_max*3_overflow", lsink = lmax * l3, FE_OVERFLOW | FE_INEXACT);
	RAISES("ldouble_min/3_underflow", lsink = lmin / l3, FE_UNDERFLOW | FE_INEXACT);
	RAISES("ldouble_1/3_inexact", lsink = l1 / l3, FE_INEXACT);
}

static void flag_calls(void)
{
	static const int each[] = { FE_INVALID, FE_DIVBYZERO, FE_OVERFLOW, FE_UNDERFLOW, FE_INEXACT };
	fexcept_t saved;
	unsigned i;
	int all = 0;

	for (i = 0; i < sizeof each / sizeof *each; i++) {
		feclearexcept(FE_ALL_EXCEPT);
		t_eq("feraiseexcept_one", feraiseexcept(each[i]), 0);
		t_eq("fetestexcept_sees_it_alone", fetestexcept(FE_ALL_EXCEPT), each[i]);
		all |= each[i];
	}
	t_eq("FE_ALL_EXCEPT_is_the_five", FE_ALL_EXCEPT, all);
	feclearexcept(FE_ALL_EXCEPT);
	feraiseexcept(FE_INVALID | FE_INEXACT);
	t_eq("fetestexcept_masks", fetestexcept(FE_INEXACT | FE_OVERFLOW), FE_INEXACT);
	t_eq("fegetexceptflag", fegetexceptflag(&saved, FE_ALL_EXCEPT), 0);
	t_eq("feclearexcept_one", feclearexcept(FE_INVALID), 0);
	t_eq("feclearexcept_left_other", fetestexcept(FE_ALL_EXCEPT), FE_INEXACT);
	feclearexcept(FE_ALL_EXCEPT);
	feraiseexcept(FE_OVERFLOW);
	t_eq("fesetexceptflag", fesetexceptflag(&saved, FE_INVALID), 0);
	t_eq("fesetexceptflag_only_its_mask", fetestexcept(FE_ALL_EXCEPT), FE_INVALID | FE_OVERFLOW);
	fesetexceptflag(&saved, FE_ALL_EXCEPT);
	t_eq("fesetexceptflag_restores_all", fetestexcept(FE_ALL_EXCEPT), FE_INVALID | FE_INEXACT);
	feclearexcept(FE_ALL_EXCEPT);
	t_eq("feclearexcept_all", fetestexcept(FE_ALL_EXCEPT), 0);
}

/* 1/3 rounded each way, and -1/3: the last bit tells the mode. */
static void rounding(void)
{
	static const struct {
		const char *name;
		int mode, up, neg_up;
	} modes[] = {
		{ "FE_TONEAREST", FE_TONEAREST, 0, 1 },
#ifdef FE_DOWNWARD
		{ "FE_DOWNWARD", FE_DOWNWARD, 0, 0 },
#endif
#ifdef FE_UPWARD
		{ "FE_UPWARD", FE_UPWARD, 1, 1 },
#endif
#ifdef FE_TOWARDZERO
		{ "FE_TOWARDZERO", FE_TOWARDZERO, 0, 1 },
#endif
	};
	double down = 0x1.5555555555555p-2, q;
	unsigned i;

	for (i = 0; i < sizeof modes / sizeof *modes; i++) {
		t_begin(modes[i].name);
		if (fesetround(modes[i].mode) || fegetround() != modes[i].mode) {
			t_fail();
			t_out("fesetround or fegetround\n");
			continue;
		}
		q = d1 / d3;
		dsink = -d1 / d3;
		if (q == (modes[i].up ? 0x1.5555555555556p-2 : down) &&
		    dsink == (modes[i].neg_up ? -down : -0x1.5555555555556p-2))
			t_ok();
		else {
			t_fail();
			t_out("1/3 not rounded that way\n");
		}
	}
	fesetround(FE_TONEAREST);
	t_true("fesetround_bad_mode_fails", fesetround(FE_TONEAREST + 12345) != 0, "accepted");
	t_eq("fesetround_bad_mode_kept_old", fegetround(), FE_TONEAREST);
}

static void environment(void)
{
	fenv_t env, held;

	feclearexcept(FE_ALL_EXCEPT);
	feraiseexcept(FE_INEXACT);
#ifdef FE_UPWARD
	fesetround(FE_UPWARD);
#endif
	t_eq("fegetenv", fegetenv(&env), 0);
	fesetround(FE_TONEAREST);
	feclearexcept(FE_ALL_EXCEPT);
	feraiseexcept(FE_OVERFLOW);
	t_eq("fesetenv", fesetenv(&env), 0);
	t_eq("fesetenv_restores_flags", fetestexcept(FE_ALL_EXCEPT), FE_INEXACT);
#ifdef FE_UPWARD
	t_eq("fesetenv_restores_mode", fegetround(), FE_UPWARD);
#endif
	t_eq("feholdexcept", feholdexcept(&held), 0);
	t_eq("feholdexcept_clears_flags", fetestexcept(FE_ALL_EXCEPT), 0);
	dsink = d1 / d0;
	t_eq("feupdateenv", feupdateenv(&held), 0);
	t_eq("feupdateenv_merges_flags", fetestexcept(FE_ALL_EXCEPT), FE_INEXACT | FE_DIVBYZERO);
	t_eq("fesetenv_FE_DFL_ENV", fesetenv(FE_DFL_ENV), 0);
	t_eq("FE_DFL_ENV_no_flags", fetestexcept(FE_ALL_EXCEPT), 0);
	t_eq("FE_DFL_ENV_nearest", fegetround(), FE_TONEAREST);
	RAISES("FE_DFL_ENV_arithmetic_still_flags", dsink = d1 / d3, FE_INEXACT);
}

int main(void)
{
	arithmetic_flags();
	flag_calls();
	rounding();
	environment();
	return t_done();
}
