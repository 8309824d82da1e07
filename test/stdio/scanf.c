/*
 * The scanf family on this target: conversions and sizes, scan sets, %n,
 * suppression, %m, positional arguments, input versus matching failure,
 * and a stream's one character of pushback (fscanf on buffered and
 * unbuffered files).
 */
#define _GNU_SOURCE
#include <float.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "t.h"

#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#pragma GCC diagnostic ignored "-Wformat-security"

static void integers(void)
{
	signed char hh;
	short h;
	int i, n;
	long l;
	long long ll;
	unsigned u;
	intmax_t j;
	size_t z;
	void *p;

	t_eq("d_count", sscanf("  -42 17", "%d%n", &i, &n), 1);
	t_eq("d_value", i, -42);
	t_eq("n_after_d", n, 5);
	t_eq("i_hex", sscanf("0x1F", "%i", &i), 1);
	t_eq("i_hex_value", i, 31);
	t_eq("i_octal", (sscanf("0777", "%i", &i), i), 511);
	t_eq("i_octal_stops", sscanf("08%n", "%i%n", &i, &n) * 100 + i * 10 + n, 101);
	t_eq("x_no_prefix", (sscanf("ff", "%x", &u), u), 255);
	t_eq("x_0x_only", sscanf("0xg", "%x%n", &u, &n) * 100 + (int)u * 10 + n, 102);
	t_eq("o", (sscanf("17", "%o", &u), u), 15);
	t_eq("u_negative_wraps", (sscanf("-1", "%u", &u), u), UINT_MAX);
	t_eq("hhd_wraps", (sscanf("300", "%hhd", &hh), hh), 44);
	t_eq("hd", (sscanf("-32768", "%hd", &h), h), -32768);
	t_eq("ld", (sscanf("-2147483648", "%ld", &l), l), -2147483648L);
	t_eq("lld_max", (sscanf("9223372036854775807", "%lld", &ll), ll), LLONG_MAX);
	t_eq("lld_saturates", (sscanf("99999999999999999999", "%lld", &ll), ll), LLONG_MAX);
	t_eq("jd", (sscanf("-5", "%jd", &j), j), -5);
	t_eq("zu", (sscanf("123", "%zu", &z), (long long)z), 123);
	t_eq("width_3", sscanf("12345", "%3d%d", &i, &n) * 100000 + i * 100 + n, 212345);
	t_eq("p", (sscanf("0x1234", "%p", &p), (long long)(uintptr_t)p), 0x1234);
	t_eq("sign_only_is_match_failure", sscanf("-x", "%d", &i), 0);
	t_eq("no_digits", sscanf("abc", "%d", &i), 0);
}

static void floats(void)
{
	float f;
	double d;
	long double ld;
	int n, r;

	t_eq("f", sscanf("3.25", "%f", &f), 1);
	t_true("f_value", f == 3.25f, "3.25");
	t_true("lf_exact", (sscanf("0.1", "%lf", &d), d == (double)0.1), "0.1");
	t_true("Lf_exact", (sscanf("0.1", "%Lf", &ld), ld == 0.1L), "0.1L");
	t_true("e_hex", (sscanf("0x1.8p1", "%le", &d), d == 3.0), "0x1.8p1");
	t_true("g_inf", (sscanf("-Infinity", "%lg", &d), d == -__builtin_huge_val()), "-inf");
	t_true("a_nan", (sscanf("nan", "%la", &d), d != d), "nan");
	/* glibc's rule: "1e+" is taken, and converts as 1. */
	r = sscanf("1e+x", "%lf%n", &d, &n);
	t_true("exp_without_digits", r == 1 && d == 1.0 && n == 3, "want 1, 1.0, n 3");
	t_eq("dot_alone", sscanf(".x", "%lf", &d), 0);
	t_eq("infinit_fails", sscanf("infinit", "%lf", &d), 0);
	t_true("width_2", sscanf("1234", "%2lf%lf", &d, &d) == 2 && d == 34.0, "34");
	t_eq("float_erange", (errno = 0, sscanf("1e999", "%lf", &d), errno), ERANGE);
}

static void strings(void)
{
	char a[16], b[16], c[4] = "zzz";
	wchar_t w[8];
	char *m1 = 0, *m2 = 0;
	int n;

	t_eq("s_two", sscanf("  ab  cd", "%s%s", a, b), 2);
	t_str("s_first", a, "ab");
	t_str("s_second", b, "cd");
	t_eq("s_width", sscanf("abcdef", "%3s", a), 1);
	t_str("s_width_value", a, "abc");
	t_eq("c_no_skip", sscanf(" x", "%c", c), 1);
	t_eq("c_space", c[0], ' ');
	t_eq("c_3", sscanf("pqrs", "%3c", c), 1);
	t_eq("c_3_no_nul", memcmp(c, "pqr", 3) || c[3] != 0, 0);
	t_eq("set_range", sscanf("hello123", "%[a-z]%s", a, b), 2);
	t_str("set_range_value", a, "hello");
	t_eq("set_negated", sscanf("ab,cd", "%[^,],%s", a, b), 2);
	t_str("set_negated_value", b, "cd");
	t_eq("set_bracket_first", sscanf("]]a]x", "%[]a]", a), 1);
	t_str("set_bracket_first_value", a, "]]a]");
	t_eq("set_dash_last", (sscanf("-a-b", "%[a-]", a), (int)strlen(a)), 3);
	t_eq("set_no_match", sscanf("xyz", "%[a-c]", a), 0);
	t_eq("ls_wide", sscanf("hi", "%ls", w), 1);
	t_true("ls_wide_value", w[0] == L'h' && w[1] == L'i' && w[2] == 0, "L\"hi\"");
	t_eq("m_alloc", sscanf("alpha beta", "%ms %m[a-z]", &m1, &m2), 2);
	t_str("m_first", m1, "alpha");
	t_str("m_second", m2, "beta");
	free(m1);
	free(m2);
	m1 = (char *)1;
	t_eq("m_failed_untouched", sscanf("123", "%m[a-z]", &m1), 0);
	t_true("m_failed_pointer", m1 == 0, "pointer not set to NULL");
	t_eq("suppress", sscanf("skip 7", "%*s %d%n", &n, &n), 1);
	t_eq("percent", sscanf(" %5", "%%%d", &n), 1);
	t_eq("percent_value", n, 5);
}

static void returns_and_positions(void)
{
	int a = 0, b = 0, n = -1;
	const char *fmt;

	t_eq("empty_input_eof", sscanf("", "%d", &a), EOF);
	t_eq("space_input_eof", sscanf("   ", "%d", &a), EOF);
	t_eq("eof_after_suppressed", sscanf("abc", "%*s%d", &a), EOF);
	t_eq("eof_after_one", sscanf("5", "%d%d", &a, &b), 1);
	t_eq("literal_mismatch", sscanf("5;6", "%d,%d", &a, &b), 1);
	t_eq("literal_eof", sscanf("5", "%d,%d", &a, &b), 1);
	t_eq("literal_first_eof", sscanf("", "x%d", &a), EOF);
	t_eq("n_not_counted", sscanf("12", "%d%n", &a, &n), 1);
	t_eq("n_value", n, 2);
	t_eq("n_only", sscanf("", "%n", &n), 0);
	t_eq("positional", sscanf("5 6", "%2$d %1$d", &a, &b), 2);
	t_true("positional_values", a == 6 && b == 5, "swapped");
	/* Formats the compiler would reject, through a variable. */
	fmt = "%y";
	t_eq("unknown_conversion", sscanf("5", fmt, &a), 0);
	fmt = "%d%";
	t_eq("trailing_percent", sscanf("5", fmt, &a), 1);
}

/* Writes text to a scratch file and opens it for fscanf, unbuffered if asked. */
static FILE *file_with(const char *text, int unbuffered, char *path)
{
	FILE *f;

	t_tmpname(path, unbuffered ? "scanf-nbf" : "scanf");
	f = fopen(path, "w");
	fputs(text, f);
	fclose(f);
	f = fopen(path, "r");
	if (unbuffered)
		setvbuf(f, 0, _IONBF, 0);
	return f;
}

static void streams(int unbuffered)
{
	char path[64], word[16];
	double d;
	int a, b;
	FILE *f = file_with("1e+x 42 rest\n7", unbuffered, path);

	t_eq(unbuffered ? "nbf_fscanf_float" : "fscanf_float", fscanf(f, "%lf", &d), 1);
	t_eq(unbuffered ? "nbf_pushback_one" : "pushback_one", fgetc(f), 'x');
	t_eq(unbuffered ? "nbf_fscanf_two" : "fscanf_two", fscanf(f, "%d %s", &a, word), 2);
	t_str(unbuffered ? "nbf_fscanf_word" : "fscanf_word", word, "rest");
	t_eq(unbuffered ? "nbf_fscanf_last" : "fscanf_last", fscanf(f, "%d", &b), 1);
	t_eq(unbuffered ? "nbf_fscanf_eof" : "fscanf_eof", fscanf(f, "%d", &b), EOF);
	t_true(unbuffered ? "nbf_feof" : "feof", feof(f), "no EOF flag");
	fclose(f);
	remove(path);
}

static int call_vsscanf(const char *s, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsscanf(s, fmt, ap);
	va_end(ap);
	return r;
}

static void stdin_and_v(void)
{
	char path[64];
	int a = 0, b = 0;
	FILE *f = file_with("31 32", 0, path);

	t_true("freopen_stdin", freopen(path, "r", stdin) != 0, "freopen");
	t_eq("scanf_stdin", scanf("%d", &a), 1);
	t_eq("scanf_value", a, 31);
	t_eq("vsscanf", call_vsscanf("8 9", "%d %d", &a, &b), 2);
	t_eq("vsscanf_value", a * 10 + b, 89);
	fclose(f);
	remove(path);
	T_ERR("fscanf_write_only", (f = fopen("/dev/null", "w"), fscanf(f, "%d", &a)), EBADF);
	fclose(f);
}

int main(void)
{
	integers();
	floats();
	strings();
	returns_and_positions();
	streams(0);
	streams(1);
	stdin_and_v();
	return t_done();
}
