/*
 * ctype: every class and both conversions, as function and as macro, for
 * all 257 inputs EOF, 0..255, against the C locale's membership lists
 * (POSIX XBD 7.3.1), and the negative values a signed char gives.
 */
#define _DEFAULT_SOURCE
#include <ctype.h>
#include <stdio.h>
#include <limits.h>
#include "t.h"

static const char upper[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
static const char lower[] = "abcdefghijklmnopqrstuvwxyz";
static const char digit[] = "0123456789";
static const char xdigit[] = "0123456789abcdefABCDEF";
static const char space[] = " \t\n\v\f\r";
static const char punct[] = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

static int in(const char *set, int c)
{
	return c > 0 && c < 256 && memchr(set, c, strlen(set));
}

struct class {
	const char *name;
	int (*fn)(int);
	int (*mac)(int);
	int (*want)(int);
};

static int w_upper(int c) { return in(upper, c); }
static int w_lower(int c) { return in(lower, c); }
static int w_alpha(int c) { return in(upper, c) || in(lower, c); }
static int w_digit(int c) { return in(digit, c); }
static int w_xdigit(int c) { return in(xdigit, c); }
static int w_alnum(int c) { return w_alpha(c) || w_digit(c); }
static int w_space(int c) { return in(space, c); }
static int w_blank(int c) { return c == ' ' || c == '\t'; }
static int w_punct(int c) { return in(punct, c); }
static int w_graph(int c) { return w_alnum(c) || w_punct(c); }
static int w_print(int c) { return w_graph(c) || c == ' '; }
static int w_cntrl(int c) { return (c >= 0 && c < 32) || c == 127; }

/* The macro forms, taken as functions so that one loop tests both. */
#define MAC(f) static int m_##f(int c) { return f(c); }
MAC(isupper) MAC(islower) MAC(isalpha) MAC(isdigit) MAC(isxdigit) MAC(isalnum)
MAC(isspace) MAC(isblank) MAC(ispunct) MAC(isgraph) MAC(isprint) MAC(iscntrl)

#undef isupper
#undef islower
#undef isalpha
#undef isdigit
#undef isxdigit
#undef isalnum
#undef isspace
#undef isblank
#undef ispunct
#undef isgraph
#undef isprint
#undef iscntrl

static const struct class classes[] = {
	{ "isupper", isupper, m_isupper, w_upper },
	{ "islower", islower, m_islower, w_lower },
	{ "isalpha", isalpha, m_isalpha, w_alpha },
	{ "isdigit", isdigit, m_isdigit, w_digit },
	{ "isxdigit", isxdigit, m_isxdigit, w_xdigit },
	{ "isalnum", isalnum, m_isalnum, w_alnum },
	{ "isspace", isspace, m_isspace, w_space },
	{ "isblank", isblank, m_isblank, w_blank },
	{ "ispunct", ispunct, m_ispunct, w_punct },
	{ "isgraph", isgraph, m_isgraph, w_graph },
	{ "isprint", isprint, m_isprint, w_print },
	{ "iscntrl", iscntrl, m_iscntrl, w_cntrl },
};

static void check_class(const struct class *k)
{
	char name[64], what[80];
	int bad = 0, first = 0;

	for (int c = -128; c < 256; c++) {
		int want = k->want(c);

		if (!k->fn(c) != !want || !k->mac(c) != !want) {
			if (!bad++)
				first = c;
		}
	}
	snprintf(name, sizeof name, "%s_all_inputs", k->name);
	snprintf(what, sizeof what, "%d wrong answers, first for %d", bad, first);
	t_true(name, bad == 0, what);
}

static int m_tolower(int c) { return tolower(c); }
static int m_toupper(int c) { return toupper(c); }
#undef tolower
#undef toupper

static void check_conv(const char *name, int (*fn)(int), int (*mac)(int), const char *from,
		       const char *to)
{
	char what[80];
	int bad = 0, first = 0;

	for (int c = -128; c < 256; c++) {
		const char *p = in(from, c) ? strchr(from, c) : 0;
		int want = p ? to[p - from] : c;

		if (fn(c) != want || mac(c) != want) {
			if (!bad++)
				first = c;
		}
	}
	snprintf(what, sizeof what, "%d wrong answers, first for %d", bad, first);
	t_true(name, bad == 0, what);
}

int main(void)
{
	/* Through pointers: the compiler's own isdigit would answer for a constant. */
	int (*volatile alpha)(int) = isalpha, (*volatile digit)(int) = isdigit;
	int eof_in_none = 1;

	for (size_t i = 0; i < sizeof classes / sizeof classes[0]; i++) {
		check_class(&classes[i]);
		eof_in_none &= !classes[i].fn(EOF) && !classes[i].mac(EOF);
	}
	t_true("eof_in_no_class", eof_in_none, "a class holds EOF");
	/* Outside C's domain the functions read the low byte, never past the table. */
	t_true("isalpha_int_min", !alpha(INT_MIN), "INT_MIN alphabetic");
	t_true("isalpha_int_max", !alpha(INT_MAX), "INT_MAX alphabetic");
	t_true("isdigit_low_byte", digit(0x1000 + '7') != 0, "0x1037 not read as '7'");
	check_conv("tolower_all_inputs", tolower, m_tolower, upper, lower);
	check_conv("toupper_all_inputs", toupper, m_toupper, lower, upper);
	t_eq("tolower_eof", tolower(EOF), EOF);
	t_eq("toupper_eof", toupper(EOF), EOF);
	t_eq("toupper_latin1_unchanged", toupper(0xe9), 0xe9);
	t_eq("isascii_macro_127", isascii(127), 1);
	t_eq("isascii_macro_128", isascii(128), 0);
	t_eq("isascii_macro_eof", isascii(EOF), 0);
	t_eq("toascii_macro", toascii(0x1c1), 0x41);
#undef isascii
#undef toascii
	t_eq("isascii_fn_0", isascii(0), 1);
	t_eq("isascii_fn_200", isascii(200), 0);
	t_eq("isascii_fn_eof", isascii(EOF), 0);
	t_eq("toascii_fn", toascii(0xe9), 0x69);
	t_eq("toascii_fn_eof", toascii(EOF), 0x7f);
	return t_done();
}
