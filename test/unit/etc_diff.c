/*
 * Differential test of the passwd and group readers against the host
 * glibc's fgetpwent and fgetgrent: trapdoor's line parsers are compiled
 * here (on glibc's getdelim) and both read the same generated text, of
 * well-formed lines with random fields, long ones included, mixed with
 * malformed lines of the kinds both reject (an id that is empty, not a
 * number, negative or past 32 bits; a lone name).  trapdoor is stricter
 * than glibc elsewhere (a wrong field count, an empty name, a sign or blank
 * before an id: glibc takes them), so those are not generated.
 */
#define _GNU_SOURCE
#include <check.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "libc.h"
/* Use glibc's stdio: the readers only need getdelim. */
#define TRAPDOOR_STDIO_IMPL_H
#define __getdelim getdelim
#include "../../src/pwd/__etc_read.c"
#include "../../src/pwd/__etc_fields.c"
#include "../../src/pwd/__etc_id.c"
#include "../../src/pwd/__pw_next.c"
#include "../../src/pwd/__gr_next.c"

#define LINES 400

static unsigned long long rng = 0x2545f4914f6cdd1dull;

static unsigned next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng >> 11);
}

/* A field of letters, digits and a few other characters, sometimes empty or long. */
static void text(char *out, size_t max, int nonempty, const char *alphabet)
{
	size_t n = next() % 8 == 0 ? max - 1 : next() % 12, i, k = strlen(alphabet);

	if (nonempty && !n)
		n = 1;
	for (i = 0; i < n && i < max - 1; i++)
		out[i] = alphabet[next() % k];
	out[i] = 0;
}

static const char *bad_ids[] = { "", "12a", "x", "-1", "4294967296", "99999999999999999999", "1 2" };

static void id(char *out, int bad)
{
	if (bad)
		strcpy(out, bad_ids[next() % (sizeof bad_ids / sizeof *bad_ids)]);
	else
		sprintf(out, "%u", next() % 5 == 0 ? 4294967295u - next() % 3 : next() % 70000);
}

static const char field_chars[] = "abcXYZ019 ._-/,";
static const char name_chars[] = "abcdefghijklmnopqrstuvwxyz0123456789_";

static void passwd_file(FILE *f)
{
	static char name[300], pass[300], gecos[3000], dir[300], shell[300];
	char uid[32], gid[32];

	for (int i = 0; i < LINES; i++) {
		int kind = next() % 10;

		if (kind == 0) {
			text(name, 20, 1, name_chars);
			fprintf(f, "%s\n", name);
			continue;
		}
		text(name, sizeof name, 1, name_chars);
		text(pass, sizeof pass, 0, field_chars);
		text(gecos, sizeof gecos, 0, field_chars);
		text(dir, sizeof dir, 0, field_chars);
		text(shell, sizeof shell, 0, field_chars);
		id(uid, kind == 1);
		id(gid, kind == 2);
		fprintf(f, "%s:%s:%s:%s:%s:%s:%s\n", name, pass, uid, gid, gecos, dir, shell);
	}
}

static void group_file(FILE *f)
{
	static char name[300], pass[300], member[300];
	char gid[32];

	for (int i = 0; i < LINES; i++) {
		int kind = next() % 10, n = next() % 6;

		text(name, sizeof name, 1, name_chars);
		if (kind == 0) {
			fprintf(f, "%s\n", name);
			continue;
		}
		text(pass, sizeof pass, 0, field_chars);
		id(gid, kind == 1);
		fprintf(f, "%s:%s:%s:", name, pass, gid);
		for (int m = 0; m < n; m++) {
			text(member, 40, 1, name_chars);
			fprintf(f, "%s%s", m ? "," : "", member);
		}
		fputc('\n', f);
	}
}

START_TEST(passwd_against_glibc)
{
	for (int round = 0; round < 50; round++) {
		char *text;
		size_t len;
		FILE *f = open_memstream(&text, &len), *g;
		struct __etc_buf b = { 0 };
		struct passwd ours, *theirs;
		int n = 0, r;

		passwd_file(f);
		fclose(f);
		f = fmemopen(text, len, "r");
		g = fmemopen(text, len, "r");
		while ((r = __pw_next(f, &b, &ours)) > 0) {
			theirs = fgetpwent(g);
			ck_assert_msg(theirs != NULL, "round %d entry %d: glibc ended first", round, n);
			ck_assert_str_eq(ours.pw_name, theirs->pw_name);
			ck_assert_str_eq(ours.pw_passwd, theirs->pw_passwd);
			ck_assert_uint_eq(ours.pw_uid, theirs->pw_uid);
			ck_assert_uint_eq(ours.pw_gid, theirs->pw_gid);
			ck_assert_str_eq(ours.pw_gecos, theirs->pw_gecos);
			ck_assert_str_eq(ours.pw_dir, theirs->pw_dir);
			ck_assert_str_eq(ours.pw_shell, theirs->pw_shell);
			n++;
		}
		ck_assert_int_eq(r, 0);
		/* Both kinds of line were there: some taken, some skipped. */
		ck_assert_int_gt(n, LINES / 2);
		ck_assert_int_lt(n, LINES);
		ck_assert_msg(fgetpwent(g) == NULL, "round %d: glibc has more than %d entries", round, n);
		free(b.line);
		fclose(f);
		fclose(g);
		free(text);
	}
}
END_TEST

START_TEST(group_against_glibc)
{
	for (int round = 0; round < 50; round++) {
		char *text;
		size_t len;
		FILE *f = open_memstream(&text, &len), *g;
		struct __etc_buf b = { 0 };
		struct group ours, *theirs;
		char **mem = NULL;
		size_t nmem = 0;
		int n = 0, r, i;

		group_file(f);
		fclose(f);
		f = fmemopen(text, len, "r");
		g = fmemopen(text, len, "r");
		while ((r = __gr_next(f, &b, &ours, &mem, &nmem)) > 0) {
			theirs = fgetgrent(g);
			ck_assert_msg(theirs != NULL, "round %d entry %d: glibc ended first", round, n);
			ck_assert_str_eq(ours.gr_name, theirs->gr_name);
			ck_assert_str_eq(ours.gr_passwd, theirs->gr_passwd);
			ck_assert_uint_eq(ours.gr_gid, theirs->gr_gid);
			for (i = 0; ours.gr_mem[i] && theirs->gr_mem[i]; i++)
				ck_assert_str_eq(ours.gr_mem[i], theirs->gr_mem[i]);
			ck_assert_msg(!ours.gr_mem[i] && !theirs->gr_mem[i], "round %d entry %d: member counts differ",
				      round, n);
			n++;
		}
		ck_assert_int_eq(r, 0);
		ck_assert_int_gt(n, LINES / 2);
		ck_assert_int_lt(n, LINES);
		ck_assert_msg(fgetgrent(g) == NULL, "round %d: glibc has more than %d entries", round, n);
		free(b.line);
		free(mem);
		fclose(f);
		fclose(g);
		free(text);
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("etc_diff");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	tcase_set_timeout(tc, 0);
	tcase_add_test(tc, passwd_against_glibc);
	tcase_add_test(tc, group_against_glibc);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed != 0;
}
