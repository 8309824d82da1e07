/*
 * The printf family on the target: conversions, exact floating point
 * (expected text is glibc's, and for aarch64's binary128 long double
 * computed exactly), snprintf truncation and EOVERFLOW, asprintf, dprintf,
 * and the lean (no floating point) and full entry points side by side.
 */
#define _GNU_SOURCE     /* NL_ARGMAX */
#include <float.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include "t.h"

static char buf[4096];
/* Formats the compiler must not check or fold: the point is the run-time result. */
static const char *volatile mixed = "%1$d %d", *volatile e_fmt = "%e", *volatile s_fmt = "%s",
	*volatile m_fmt = "[%-22m] %d", *volatile pos65 = "%65$d", *volatile alt_m = "%#m|%-#8m|%#.3m",
	*volatile unknown = "%lk|%-#5.3hhk|%*y|%-05k", *volatile float_n = "%g|%g|%Lg",
	*volatile gnu_len = "%llg|%qg|%Zd", *volatile wide2_fmt = "%*d%*d",
	*volatile huge_fmt = "%99999999999d";
static const char *volatile cut[] = { "abc%", "abc%5", "abc%.", "abc%l", "abc%-" };

#define CASE(name, want, ...) do { \
	int n_ = snprintf(buf, sizeof buf, __VA_ARGS__); \
	t_str(name, buf, want); \
	t_eq(name "_ret", n_, (long long)strlen(want)); \
} while (0)

#define INFINITY __builtin_inf()
#define NAN __builtin_nan("")

int main(void)
{
	int n;
	char *s = 0;
	int p[2];
	short sh;
	long long ll;

	CASE("int_basic", "-42|42|42|beef|BEEF|10|z|str|%", "%d|%i|%u|%x|%X|%o|%c|%s|%%", -42, 42, 42u, 0xbeefu, 0xbeefu, 8u, 'z', "str");
	CASE("int_flags", "[  +42][42   ][-0042][ 7][0xff][010][005][     00a]", "[%+5d][%-5d][%05d][% d][%#x][%#o][%.3d][%8.3x]", 42, 42, -42, 7, 255u, 8u, 5, 0xau);
	/* Ints wider than %hh and %h take, on purpose: printf must truncate them. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat"
	CASE("int_limits", "-9223372036854775808 18446744073709551615 44 4464 -5 9223372036854775807", "%lld %llu %hhd %hu %zd %jd", LLONG_MIN, ULLONG_MAX, 300, 70000, (ssize_t)-5, (intmax_t)INT64_MAX);
#pragma GCC diagnostic pop
	CASE("int_zero_prec", "[][0][][+]", "[%.0d][%#.0o][%#.0x][%+.0d]", 0, 0u, 0u, 0);
	CASE("star_width", "[     1][2     ][004][ab  ]", "[%*d][%-*d][%.*d][%*s]", 6, 1, -6, 2, 3, 4, -4, "ab");
	CASE("strings", "[abc][ab    ][    xy]", "[%.3s][%-6s][%6.2s]", "abcdef", "ab", "xyz");
	snprintf(buf, sizeof buf, s_fmt, (char *)0);
	t_str("string_null", buf, "(null)");
	CASE("pointer", "[0x1234][(nil)][        0x10]", "[%p][%p][%12p]", (void *)0x1234, (void *)0, (void *)0x10);
	CASE("positional", "pos 255 q ff", "%3$s %1$d %2$c %1$x", 255, 'q', "pos");
	CASE("dbl_f", "3.141590|0|2|2|0.2|1.00|    -3.142|2.000     |+1.000| 1.000|-00001.500", "%f|%.0f|%.0f|%.0f|%.1f|%.2f|%10.3f|%-10.3f|%+.3f|% .3f|%010.3f", 3.14159, 0.5, 1.5, 2.5, 0.25, 1.005, -3.14159, 2.0, 1.0, 1.0, -1.5);
	CASE("dbl_e", "1.234568e+04|5e-324|1.000000E+300|1.798e+308|1.e+00|1.00000000000000005551e-01", "%e|%.0e|%E|%.3e|%#.0e|%.20e", 12345.678, 5e-324, 1e300, DBL_MAX, 1.0, 0.1);
	CASE("dbl_g", "100000|1e+06|0.0001|1e-05|1E-10|1.50000|0.5|0.3333333333|0|-0", "%g|%g|%g|%g|%G|%#g|%.0g|%.10g|%g|%g", 100000.0, 1000000.0, 1e-4, 1e-5, 1e-10, 1.5, 0.5, 1.0/3, 0.0, -0.0);
	CASE("dbl_a", "0x1p+0|-0X1.FFP+7|0x1.55p-2|0x0.0000000000001p-1022|0x1.fffffffffffffp+1023|0x2p+0|0x0p+0", "%a|%A|%.2a|%a|%a|%.0a|%a", 1.0, -255.5, 1.0/3, DBL_TRUE_MIN, DBL_MAX, 1.5, 0.0);
	CASE("dbl_special", "inf|INF|-inf|nan|inf| -nan|inf   |+inf|      -inf", "%f|%F|%e|%g|%a|%5.1f|%-6f|%+f|%010f", (double)INFINITY, (double)INFINITY, -(double)INFINITY, (double)NAN, (double)INFINITY, -(double)NAN, (double)INFINITY, (double)INFINITY, -(double)INFINITY);
	CASE("dbl_exact_60", "0.100000000000000005551115123125782702118158340454101562500000", "%.60f", 0.1);
	CASE("dbl_exact_big", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160", "%.0f", 1e300);
	CASE("dbl_max_f", "179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368.000000", "%f", DBL_MAX);
	CASE("dbl_halfway", "0.1|0.12|0.062|4|4|2.2e+00|0.12", "%.1f|%.2f|%.3f|%.0f|%.0f|%.1e|%.2g", 0.125, 0.125, 0.0625, 3.5, 4.5, 2.25, 0.125);
	CASE("dbl_round_carry", "10.00|100|9.999e+00|1e+06|10", "%.2f|%.0f|%.3e|%g|%.3g", 9.996, 99.5, 9.9995, 999999.5, 9.9951);
	CASE("dbl_17g", "0.10000000000000001|0.66666666666666663|9.9999999999999992e+22", "%.17g|%.17g|%.17g", 0.1, 2.0/3, 1e23);

	/* Long double: the exact digits of each format's own value. */
#if LDBL_MANT_DIG == 113
	CASE("ld_third_40f", "0.3333333333333333333333333333333333172839", "%.40Lf", 1.0L / 3);
	CASE("ld_tenth_25f", "0.1000000000000000000000000", "%.25Lf", 0.1L);
	CASE("ld_max_e", "1.189731e+4932|1.18973149535723176508575932662800702e+4932",
	     "%Le|%.35Le", LDBL_MAX, LDBL_MAX);
	CASE("ld_true_min_e", "6.475175e-4966", "%Le", LDBL_TRUE_MIN);
	CASE("ld_a", "0x1p+0|0x1.ffffffffffffffffffffffffffffp+16383|0x0.0000000000000000000000000001p-16382",
	     "%La|%La|%La", 1.0L, LDBL_MAX, LDBL_TRUE_MIN);
	CASE("ld_1e30", "1000000000000000000000000000000", "%.0Lf", 1e30L);
#elif LDBL_MANT_DIG == 64
	CASE("ld_third_40f", "0.3333333333333333333423683514373792036167", "%.40Lf", 1.0L / 3);
	CASE("ld_tenth_25f", "0.1000000000000000000013553", "%.25Lf", 0.1L);
	CASE("ld_max_e", "1.189731e+4932|1.18973149535723176502126385303097021e+4932",
	     "%Le|%.35Le", LDBL_MAX, LDBL_MAX);
	CASE("ld_true_min_e", "3.645200e-4951", "%Le", LDBL_TRUE_MIN);
	CASE("ld_a", "0x8p-3|0xf.fffffffffffffffp+16380|0x0.000000000000001p-16385",
	     "%La|%La|%La", 1.0L, LDBL_MAX, LDBL_TRUE_MIN);
	CASE("ld_1e30", "1000000000000000000024696061952", "%.0Lf", 1e30L);
#endif
#if LDBL_MANT_DIG == DBL_MANT_DIG
	/* long double is double (ppc64le here, as musl has it; arm EABI). */
	CASE("ld_third_40f", "0.3333333333333333148296162562473909929395", "%.40Lf", 1.0L / 3);
	CASE("ld_tenth_25f", "0.1000000000000000055511151", "%.25Lf", 0.1L);
	CASE("ld_max_e", "1.797693e+308|1.79769313486231570814527423731704357e+308",
	     "%Le|%.35Le", LDBL_MAX, LDBL_MAX);
	CASE("ld_true_min_e", "4.940656e-324", "%Le", LDBL_TRUE_MIN);
	CASE("ld_a", "0x1p+0|0x1.fffffffffffffp+1023|0x0.0000000000001p-1022",
	     "%La|%La|%La", 1.0L, LDBL_MAX, LDBL_TRUE_MIN);
	CASE("ld_1e30", "1000000000000000019884624838656", "%.0Lf", 1e30L);
	CASE("ld_g", "1.79769e+308", "%Lg", LDBL_MAX);
#else
	CASE("ld_g", "1.18973e+4932", "%Lg", LDBL_MAX);
#endif

	/* The smallest subnormal has 751 significant digits, all printed. */
	n = snprintf(buf, sizeof buf, "%.1074f", DBL_TRUE_MIN);
	t_eq("subnormal_1074f_len", n, 1076);
	t_true("subnormal_1074f_digits", !strncmp(buf, "0.000", 5) &&
	       !strncmp(buf + 2 + 323, "49406564584124654417", 20) &&
	       !strcmp(buf + n - 12, "533447265625"), "digits of 2^-1074 differ");
	n = snprintf(buf, sizeof buf, "%.1100f", DBL_TRUE_MIN);
	t_true("subnormal_1100f_zero_tail", n == 1102 && !strcmp(buf + 1076, "00000000000000000000000000"),
	       "zeros past the exact digits differ");

	/* snprintf: never past n, returns the full length. */
	memset(buf, 'X', 16);
	n = snprintf(buf, 5, "%d", 123456);
	t_eq("snprintf_trunc_ret", n, 6);
	t_str("snprintf_trunc_text", buf, "1234");
	t_eq("snprintf_trunc_no_overrun", buf[5], 'X');
	t_eq("snprintf_null_zero", snprintf(0, 0, "%s%d", "abc", 42), 5);
	buf[0] = 'Y';
	t_eq("snprintf_n1", snprintf(buf, 1, "abc"), 3);
	t_eq("snprintf_n1_empty", buf[0], 0);
	n = snprintf(buf, 8, "%.3f", 2.0 / 3);
	t_str("snprintf_float_fits", buf, "0.667");
	n = snprintf(buf, 4, e_fmt, 1.0);
	t_eq("snprintf_float_trunc_ret", n, 12);
	t_str("snprintf_float_trunc_text", buf, "1.0");
	T_ERR("snprintf_eoverflow", snprintf(0, 0, wide2_fmt, INT_MAX, 1, 2, 3), EOVERFLOW);
	T_ERR("snprintf_width_too_big", snprintf(buf, sizeof buf, huge_fmt, 1), EOVERFLOW);
	T_ERR("snprintf_mixed_positional", snprintf(buf, sizeof buf, mixed, 1, 2), EINVAL);
	t_eq("sprintf_ret", sprintf(buf, "%05.1f|%s", 2.25, "ok"), 8);
	t_str("sprintf_text", buf, "002.2|ok");

	/* %n at each length. */
	snprintf(buf, sizeof buf, "abc%hn%s%lln", &sh, "de", &ll);
	t_eq("percent_hn", sh, 3);
	t_eq("percent_lln", ll, 5);

	/* %m: errno's message, read before anything else can change it. */
	errno = ENOENT;
	snprintf(buf, sizeof buf, "%m|%.2f", 0.5);
	t_str("percent_m", buf, "No such file or directory|0.50");
	/* A call with no float argument goes to the lean twin: same message. */
	errno = EACCES;
	snprintf(buf, sizeof buf, "open: %m");
	t_str("percent_m_lean", buf, "open: Permission denied");
	errno = 4000;
	snprintf(buf, sizeof buf, "%m");
	t_str("percent_m_unknown", buf, "Unknown error 4000");
	/* A format the compiler cannot see may hold %m: it gets strerror too. */
	errno = EIO;
	snprintf(buf, sizeof buf, m_fmt, 7);
	t_str("percent_m_format_in_variable", buf, "[Input/output error    ] 7");
	errno = EINTR;
	(snprintf)(buf, sizeof buf, "%m");
	t_str("percent_m_full_by_name", buf, "Interrupted system call");

	/* The full function, reached without the header's macro. */
	n = (snprintf)(buf, sizeof buf, "%d %.2e", 7, 12345.0);
	t_str("full_by_name", buf, "7 1.23e+04");
	n = (snprintf)(buf, sizeof buf, "%d %s", 7, "int-only");
	t_str("full_by_name_ints", buf, "7 int-only");

	/* Beyond the 16 arguments the header looks at, calls go to the full function. */
	snprintf(buf, sizeof buf, "%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d%d|%.1f", 1, 2, 3, 4, 5, 6, 7, 8,
		 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 0.25);
	t_str("many_args_float_last", buf, "123456789012345678|0.2");
	snprintf(buf, sizeof buf, "%d%d%d%d%d%d%d%d%d%d%d%d%d|%.1f", 1, 2, 3, 4, 5, 6, 7, 8, 9, 0,
		 1, 2, 3, 0.75);
	t_str("fifteen_args_float_last", buf, "1234567890123|0.8");

	t_eq("asprintf_ret", asprintf(&s, "%s-%d-%.1f", "a", 10, 0.25), 8);
	t_str("asprintf_text", s, "a-10-0.2");
	free(s);
	s = 0;
	t_eq("asprintf_int_ret", asprintf(&s, "%x", 255u), 2);
	t_str("asprintf_int_text", s, "ff");
	free(s);

	/* The positional scanning pass fetches nothing: no stack garbage taken as a width. */
	snprintf(buf, sizeof buf, "%d", INT_MIN);
	n = snprintf(buf, sizeof buf, "%2$*1$d|", 5, 42);
	t_str("positional_star_width", buf, "   42|");
	t_eq("positional_star_width_ret", n, 6);
	t_eq("asprintf_positional_star_width_ret", asprintf(&s, "%2$*1$d|", 5, 42), 6);
	t_str("asprintf_positional_star_width", s, "   42|");
	free(s);
	t_eq("nl_argmax", NL_ARGMAX, 64);
	T_ERR("position_past_nl_argmax_einval", snprintf(buf, sizeof buf, pos65, 1), EINVAL);

	/* A specification cut short by the end of the format: -1 and EINVAL, as glibc. */
	for (int i = 0; i < 5; i++) {
		static const char *const names[] = {
			"cut_percent_einval", "cut_width_einval", "cut_point_einval", "cut_length_einval",
			"cut_flag_einval",
		};

		T_ERR(names[i], snprintf(buf, sizeof buf, cut[i], 1), EINVAL);
		t_str(names[i], buf, "abc");
	}
	/* ...but an unknown conversion is printed as glibc rebuilds it. */
	n = snprintf(buf, sizeof buf, unknown, 7);
	t_str("unknown_conversion_rebuilt", buf, "%k|%#-5.3k|%7y|%-5k");
	t_eq("unknown_conversion_rebuilt_ret", n, 19);

	/* %#m: errno's name (glibc 2.36), or its number when it has none. */
	errno = ENOENT;
	snprintf(buf, sizeof buf, alt_m);
	t_str("percent_alt_m", buf, "ENOENT|ENOENT  |ENO");
	errno = 4000;
	snprintf(buf, sizeof buf, alt_m);
	t_str("percent_alt_m_unknown", buf, "4000|4000    |4000");

	/* Floating types _Generic would not call double or long double reach the formatter. */
#if defined(__FLT64_MANT_DIG__) && defined(__FLT32X_MANT_DIG__) && defined(__FLT64X_MANT_DIG__) && \
	__FLT64X_MANT_DIG__ == __LDBL_MANT_DIG__
	{
		_Float64 f64 = 1.5;
		_Float32x f32x = 2.25;
		_Float64x f64x = 0.125;

		n = snprintf(buf, sizeof buf, float_n, f64, f32x, f64x);
		t_str("float64_types", buf, "1.5|2.25|0.125");
		t_eq("float64_types_ret", n, 14);
	}
#else
	/* ppc64le's long double is double, and its _Float64x binary128, which %L does not read. */
	t_skip("float64_types", "no _Float64, _Float32x, or a _Float64x that is long double");
#endif
	/* glibc's length letters: ll and q on a float mean L, Z means z. */
	n = snprintf(buf, sizeof buf, gnu_len, 0.5L, 0.25L, (size_t)-5);
	t_str("ll_q_float_z_length", buf, "0.5|0.25|-5");

	t_eq("pipe", pipe(p), 0);
	t_eq("dprintf_ret", dprintf(p[1], "%d:%s:%.3g", 12, "x", 1.0 / 3), 10);
	n = read(p[0], buf, sizeof buf - 1);
	buf[n < 0 ? 0 : n] = 0;
	t_str("dprintf_text", buf, "12:x:0.333");
	T_ERR("dprintf_ebadf", dprintf(-1, "x"), EBADF);
	close(p[0]);
	close(p[1]);
	return t_done();
}
