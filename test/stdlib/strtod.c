/*
 * strtod, strtof, strtold, atof on this target's formats: results against
 * the compiler's own correctly rounded literals, end pointers and errno;
 * long double is whatever this arch has (x87, binary128, double).
 */
#include <float.h>
#include <stdlib.h>
#include "t.h"

static char *end;

/* signbit gives any nonzero value for a set sign bit, not always the same one. */
#define SAME(a, b) ((a) == (b) && !__builtin_signbit(a) == !__builtin_signbit(b))

/*
 * want is stored in its own type first: where FLT_EVAL_METHOD is not 0
 * (i386's x87, s390x's float as double) a literal compared directly keeps
 * the wider format's value.
 */
#define CONV(name, fn, s, want, want_end, want_errno) do { \
	__typeof__(want) got_, want_ = (want); \
	errno = 0; \
	got_ = fn(s, &end); \
	t_true(name, SAME(got_, want_), "wrong value"); \
	t_eq(name "_end", end - (s), want_end); \
	t_eq(name "_errno", errno, want_errno); \
} while (0)

/* The same decimal text through all three, against the compiler's literals. */
#define ALL3(name, text) do { \
	CONV(name "_d", strtod, #text, text, (int)sizeof #text - 1, 0); \
	CONV(name "_f", strtof, #text, text##f, (int)sizeof #text - 1, 0); \
	CONV(name "_ld", strtold, #text, text##L, (int)sizeof #text - 1, 0); \
} while (0)

/* Beyond float's range: double and long double. */
#define D_LD(name, text, want_errno) do { \
	CONV(name "_d", strtod, #text, text, (int)sizeof #text - 1, want_errno); \
	CONV(name "_ld", strtold, #text, text##L, (int)sizeof #text - 1, \
	     LDBL_MIN_EXP < DBL_MIN_EXP ? 0 : want_errno); \
} while (0)

/*
 * The compiler's <float.h> limits as text (with their suffix, where strtod
 * stops); whether the least normal's text is tiny depends on which side of it
 * the text falls and on the target's tininess rule, so errno is not checked.
 */
#define STR_(x) #x
#define STR(x) STR_(x)
#define LIMIT(name, fn, macro) do { \
	const char *s_ = STR(macro); \
	size_t n_ = sizeof STR(macro) - 1; \
	t_true(name, SAME(fn(s_, &end), macro), "wrong value"); \
	t_eq(name "_end", end - s_, (long long)n_ - (s_[n_ - 1] > '9')); \
} while (0)

static void limits(void)
{
	LIMIT("flt_max", strtof, __FLT_MAX__);
	LIMIT("flt_min", strtof, __FLT_MIN__);
	LIMIT("flt_true_min", strtof, __FLT_DENORM_MIN__);
	LIMIT("ldbl_max", strtold, __LDBL_MAX__);
	LIMIT("ldbl_min", strtold, __LDBL_MIN__);
	LIMIT("ldbl_true_min", strtold, __LDBL_DENORM_MIN__);
}

static void exact_rounding(void)
{
	ALL3("one", 1.0);
	ALL3("tenth", 0.1);
	ALL3("pi", 3.14159265358979323846264338327950288419716939937510582097494459);
	ALL3("seventeen_digits", 0.12345678901234567);
	ALL3("big_integer", 123456789012345678901234567890.0);
	ALL3("two53_plus1", 9007199254740993.0);
	ALL3("halfway_even", 9007199254740992.5);
	ALL3("e23", 1e23);
	ALL3("small", 1.5e-30);
	D_LD("e300", 3.7e300, 0);
	D_LD("denorm_d", 4.9406564584124654e-324, ERANGE);
	D_LD("near_dbl_min", 2.2250738585072011e-308, ERANGE);
	ALL3("hex", 0x1.fffffep+3);
	ALL3("hex_frac", 0x.abcdef123456789p-2);
	ALL3("hex_long", 0x1.123456789abcdef0123456789abcdefp0);
#if LDBL_MAX_EXP > DBL_MAX_EXP
	CONV("ld_max", strtold, "1.18973149535723176502e4932", 1.18973149535723176502e4932L, 27, 0);
	CONV("ld_denorm", strtold, "1.2345e-4940", 1.2345e-4940L, 12, ERANGE);
	CONV("ld_overflow", strtold, "1.2e4932", __builtin_huge_vall(), 8, ERANGE);
#endif
	ALL3("ld_halfway", 1.000000000000000000000000000000000048148);
	CONV("flt_denorm", strtof, "1.4012984643e-45", 1.4012984643e-45f, 16, ERANGE);
	CONV("flt_half_denorm_up", strtof, "7.00649232162408535461864791644958065640130970938257885878534141944895541342930300743319094181060791015625001e-46", 0x1p-149f, 113, ERANGE);
}

static void long_inputs(void)
{
	static char buf[5000];
	int i;

	/* 0.000...0001 with 3000 zeros, then digits past the 800th decide nothing. */
	buf[0] = '0', buf[1] = '.';
	for (i = 2; i < 3002; i++)
		buf[i] = '0';
	buf[3002] = '1', buf[3003] = 0;
	CONV("3000_zeros_d", strtod, buf, 0.0, 3003, ERANGE);
	buf[0] = '1';
	CONV("one_then_zeros_d", strtod, buf, 1.0, 3003, 0);
	/* 2^-1075 (half the least subnormal) exactly, then a 1 far after: rounds up. */
	CONV("halfway_tiny_exact", strtod,
	     "2.4703282292062327208828439643411068618252990130716238221279284125033775363510437593264991818081799618989828234772285886546332835517796989819938739800539093906315035659515570226392290858392449105184435931802849936536152500319370457678249219365623669863658480757001585769269903706311928279558551332927834338409351978015531246597263579574622766465272827220056374006485499977096599470454020828166226237857393450736339007967761930577506740176324673600968951340535537458516661134223766678604162159680461914467291840300530057530849048765391711386591646239524912623653881879636239373280423891018672348497668235089863388587925628302755995657524455507255189313690836254779186948667994968324049705821028513185451396213837722826145437693412532098591327667236328125e-324",
	     0.0, 758, ERANGE);
	CONV("halfway_tiny_plus", strtod,
	     "2.47032822920623272088284396434110686182529901307162382212792841250337753635104375932649918180817996189898282347722858865463328355177969898199387398005390939063150356595155702263922908583924491051844359318028499365361525003193704576782492193656236698636584807570015857692699037063119282795585513329278343384093519780155312465972635795746227664652728272200563740064854999770965994704540208281662262378573934507363390079677619305775067401763246736009689513405355374585166611342237666786041621596804619144672918403005300575308490487653917113865916462395249126236538818796362393732804238910186723484976682350898633885879256283027559956575244555072551893136908362547791869486679949683240497058210285131854513962138377228261454376934125320985913276672363281250001e-324",
	     4.9406564584124654e-324, 762, ERANGE);
}

static void ranges(void)
{
	CONV("overflow_d", strtod, "1e309", __builtin_huge_val(), 5, ERANGE);
	CONV("overflow_neg_d", strtod, "-1e999999999999", -__builtin_huge_val(), 15, ERANGE);
	CONV("overflow_f", strtof, "3.5e38", __builtin_huge_valf(), 6, ERANGE);
	CONV("overflow_ld", strtold, "1e5000", __builtin_huge_vall(), 6, ERANGE);
	CONV("dbl_max_d", strtod, "1.7976931348623157e308", DBL_MAX, 22, 0);
	CONV("dbl_max_rounds_inf", strtod, "1.7976931348623159e308", __builtin_huge_val(), 22, ERANGE);
	CONV("underflow_zero_d", strtod, "1e-400", 0.0, 6, ERANGE);
	CONV("underflow_neg_zero", strtod, "-1e-400", -0.0, 7, ERANGE);
	CONV("subnormal_inexact_erange", strtod, "1e-310", 1e-310, 6, ERANGE);
	CONV("subnormal_exact_no_erange", strtod, "0x1p-1074", 0x1p-1074, 9, 0);
	CONV("underflow_f", strtof, "1e-50", 0.0f, 5, ERANGE);
	CONV("underflow_ld", strtold, "1e-5000", 0.0L, 7, ERANGE);
	CONV("zero_huge_exp", strtod, "0e999999", 0.0, 8, 0);
	CONV("hex_overflow", strtod, "0x1p1024", __builtin_huge_val(), 8, ERANGE);
	CONV("hex_round_up_min", strtof, "0x1.000001p-150", 0x1p-149f, 15, ERANGE);
}

static void text_rules(void)
{
	double nan1;

	CONV("space_sign", strtod, " \t\n-12.5e1x", -125.0, 10, 0);
	CONV("no_digits", strtod, "  -.e5", 0.0, 0, 0);
	CONV("empty", strtod, "", 0.0, 0, 0);
	CONV("lone_dot", strtod, ".", 0.0, 0, 0);
	CONV("exp_without_digits", strtod, "1e+", 1.0, 1, 0);
	CONV("exp_letter", strtod, "2ex", 2.0, 1, 0);
	CONV("dot_first", strtod, ".25", 0.25, 3, 0);
	CONV("dot_last", strtod, "4.", 4.0, 2, 0);
	CONV("two_dots", strtod, "1.5.5", 1.5, 3, 0);
	CONV("hex_no_digits", strtod, "0xg", 0.0, 1, 0);
	CONV("hex_p_without_digits", strtod, "0x1p", 1.0, 3, 0);
	CONV("hex_dot_only", strtod, "0x.p1", 0.0, 1, 0);
	CONV("inf", strtod, "inf", __builtin_huge_val(), 3, 0);
	CONV("infinity", strtod, "-INFINITY", -__builtin_huge_val(), 9, 0);
	CONV("infinit", strtod, "infinit", __builtin_huge_val(), 3, 0);
	CONV("in", strtod, "in", 0.0, 0, 0);
	nan1 = strtod("nan", 0);
	t_true("nan", nan1 != nan1 && !__builtin_signbit(nan1), "not a positive NaN");
	nan1 = strtod("-nan(12_ab)x", &end);
	t_true("nan_chars", nan1 != nan1 && __builtin_signbit(nan1), "not a negative NaN");
	t_eq("nan_chars_end", end[0], 'x');
	strtod("nan(1", &end);
	t_eq("nan_unclosed_end", end[0], '(');
	t_true("nanf", strtof("NAN", 0) != strtof("NAN", 0), "strtof nan");
	t_true("nanl", strtold("nan()", 0) != strtold("nan()", 0), "strtold nan");
	t_true("atof", atof("  2.5e2junk") == 250.0, "atof");
	t_true("null_end", strtod("7", 0) == 7.0, "end NULL");
}

int main(void)
{
	limits();
	exact_rounding();
	long_inputs();
	ranges();
	text_rules();
	return t_done();
}
