/* setlocale, localeconv and nl_langinfo: the C locale and nothing else. */
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include "t.h"

int main(void)
{
	struct lconv *lc;

	t_str("query_all", setlocale(LC_ALL, NULL), "C");
	t_str("set_empty_is_c", setlocale(LC_ALL, ""), "C");
	t_str("set_c", setlocale(LC_CTYPE, "C"), "C");
	t_str("set_posix", setlocale(LC_NUMERIC, "POSIX"), "C");
	t_str("set_messages_empty", setlocale(LC_MESSAGES, ""), "C");
	t_true("set_other_null", setlocale(LC_ALL, "en_US.UTF-8") == NULL, "accepted a locale");
	t_true("set_c_utf8_null", setlocale(LC_CTYPE, "C.UTF-8") == NULL, "accepted C.UTF-8");
	t_true("bad_category_null", setlocale(99, "C") == NULL, "accepted category 99");
	t_true("negative_category_null", setlocale(-1, NULL) == NULL, "accepted category -1");
	t_str("still_c_after_refusal", setlocale(LC_ALL, NULL), "C");

	lc = localeconv();
	t_str("decimal_point", lc->decimal_point, ".");
	t_str("thousands_sep", lc->thousands_sep, "");
	t_str("grouping", lc->grouping, "");
	t_str("currency_symbol", lc->currency_symbol, "");
	t_str("mon_decimal_point", lc->mon_decimal_point, "");
	t_str("negative_sign", lc->negative_sign, "");
	t_eq("frac_digits", lc->frac_digits, CHAR_MAX);
	t_eq("int_n_sign_posn", lc->int_n_sign_posn, CHAR_MAX);
	t_true("localeconv_same_object", localeconv() == lc, "moved");

	t_str("codeset", nl_langinfo(CODESET), "ANSI_X3.4-1968");
	t_str("unknown_item_empty", nl_langinfo(9999), "");
	return t_done();
}
