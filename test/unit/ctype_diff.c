/*
 * Differential test of <ctype.h> against the host glibc in the C locale:
 * every class and conversion, for EOF and 0..255, function and macro.
 * glibc's answers are taken first; then trapdoor's header is read in its
 * place (its guard and glibc's share a name) with its declarations bare,
 * and its tables compiled here.
 */
#include <check.h>
#include <ctype.h>
#include <locale.h>

enum { CLASSES = 14, INPUTS = 257 };
static int want[CLASSES][INPUTS];

static void glibc_answers(void)
{
	setlocale(LC_ALL, "C");
	for (int c = -1; c < 256; c++) {
		int *w = &want[0][c + 1];

		w[0 * INPUTS] = !!isalnum(c);
		w[1 * INPUTS] = !!isalpha(c);
		w[2 * INPUTS] = !!isblank(c);
		w[3 * INPUTS] = !!iscntrl(c);
		w[4 * INPUTS] = !!isdigit(c);
		w[5 * INPUTS] = !!isgraph(c);
		w[6 * INPUTS] = !!islower(c);
		w[7 * INPUTS] = !!isprint(c);
		w[8 * INPUTS] = !!ispunct(c);
		w[9 * INPUTS] = !!isspace(c);
		w[10 * INPUTS] = !!isupper(c);
		w[11 * INPUTS] = !!isxdigit(c);
		w[12 * INPUTS] = tolower(c);
		w[13 * INPUTS] = toupper(c);
	}
}

#undef _CTYPE_H
#undef isalnum
#undef isalpha
#undef isblank
#undef iscntrl
#undef isdigit
#undef isgraph
#undef islower
#undef isprint
#undef ispunct
#undef isspace
#undef isupper
#undef isxdigit
#undef tolower
#undef toupper
#undef isascii
#undef toascii
#define __TD_BEGIN_DECLS
#define __TD_END_DECLS
#include "../../include/ctype.h"
#include "../../src/ctype/__td_ctype_class.c"

static const char *const names[CLASSES] = {
	"isalnum", "isalpha", "isblank", "iscntrl", "isdigit", "isgraph", "islower",
	"isprint", "ispunct", "isspace", "isupper", "isxdigit", "tolower", "toupper",
};

static int ours(int k, int c)
{
	switch (k) {
	case 0: return !!isalnum(c);
	case 1: return !!isalpha(c);
	case 2: return !!isblank(c);
	case 3: return !!iscntrl(c);
	case 4: return !!isdigit(c);
	case 5: return !!isgraph(c);
	case 6: return !!islower(c);
	case 7: return !!isprint(c);
	case 8: return !!ispunct(c);
	case 9: return !!isspace(c);
	case 10: return !!isupper(c);
	case 11: return !!isxdigit(c);
	case 12: return tolower(c);
	default: return toupper(c);
	}
}

START_TEST(all_inputs)
{
	glibc_answers();
	for (int k = 0; k < CLASSES; k++)
		for (int c = -1; c < 256; c++)
			ck_assert_msg(ours(k, c) == want[k][c + 1], "%s(%d): glibc %d, trapdoor %d",
				      names[k], c, want[k][c + 1], ours(k, c));
}
END_TEST

int main(void)
{
	Suite *s = suite_create("ctype_diff");
	TCase *tc = tcase_create("glibc");
	SRunner *sr;
	int failed;

	tcase_add_test(tc, all_inputs);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}
