/*
 * Differential test of getopt, getopt_long and getopt_long_only against the
 * host glibc: trapdoor's src/getopt/__getopt_any.c is compiled here under
 * other names, and for every argument vector in a generated matrix both
 * parse a copy; each return value, optind, optarg, optopt and longindex,
 * the permuted argv and the text on stderr must be the same.
 */
#define optarg td_optarg
#define optind td_optind
#define opterr td_opterr
#define optopt td_optopt
#include "../../src/getopt/__getopt_any.c"
#undef optarg
#undef optind
#undef opterr
#undef optopt
/* glibc's header was read with the names above renamed: declare glibc's own. */
extern char *optarg;
extern int optind, opterr, optopt;

#include <check.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int flag;
static const struct option longopts[] = {
	{ "verbose", no_argument, NULL, 'v' },
	{ "output", required_argument, NULL, 'o' },
	{ "color", optional_argument, NULL, 'C' },
	{ "colour", optional_argument, NULL, 'C' },
	{ "count", required_argument, NULL, 'n' },
	{ "flag", no_argument, &flag, 7 },
	{ "all", no_argument, NULL, 'a' },
	{ "a", no_argument, NULL, 'A' },
	{ NULL, 0, NULL, 0 },
};

static const char *const optstrings[] = {
	"ab:c::v", "+ab:c::v", "-ab:c::v", ":ab:c::v", "+:ab:c::v", "-:ab:c::v", "abo:n:", "a",
};

static const char *const words[] = {
	"-a", "-b", "-bx", "-c", "-cx", "-v", "-ab", "-abz", "-x", "-:", "-", "--", "file", "x",
	"--verbose", "--verb", "--output", "--output=o", "--out", "--col", "--colo",
	"--color=red", "--co", "--count=3", "--flag", "--flag=1", "--nope", "--nope=1",
	"--verbose=1", "--a", "--al", "-all", "-verbose", "-o", "-n5", "-color", "-ol",
};

enum { WORDS = sizeof words / sizeof *words, MAXARGS = 6 };

typedef int parse_fn(int, char *const[], const char *, const struct option *, int *, int);

static int ours(int argc, char *const argv[], const char *s, const struct option *l, int *li,
		int mode)
{
	return __getopt_any(argc, argv, s, mode ? l : NULL, li, mode == 2);
}

static int theirs(int argc, char *const argv[], const char *s, const struct option *l, int *li,
		  int mode)
{
	if (!mode)
		return getopt(argc, argv, s);
	return mode == 1 ? getopt_long(argc, argv, s, l, li) : getopt_long_only(argc, argv, s, l, li);
}

/* One whole parse, written out as text: every result, then argv's final order. */
static void trace(parse_fn *fn, int is_ours, char **argv, int argc, const char *s, int mode,
		  char *out, size_t size)
{
	char *err = NULL;
	size_t errlen = 0, len = 0;
	FILE *mem = open_memstream(&err, &errlen), *saved = stderr;
	int c, li;

	stderr = mem;
	if (is_ours)
		td_optind = 0;
	else
		optind = 0;
	flag = 0;
	do {
		li = -1;
		c = fn(argc, argv, s, longopts, &li, mode);
		len += snprintf(out + len, size - len, "[%d i%d a%s o%d l%d f%d]", c,
				is_ours ? td_optind : optind,
				(is_ours ? td_optarg : optarg) ? (is_ours ? td_optarg : optarg) : "-",
				is_ours ? td_optopt : optopt, li, flag);
	} while (c != -1 && len < size - 200);
	stderr = saved;
	fclose(mem);
	for (int i = 0; i < argc; i++)
		len += snprintf(out + len, size - len, " %s", argv[i]);
	snprintf(out + len, size - len, " | %s", err);
	free(err);
}

static long cases;

static void compare(int argc, const char *const *args, const char *s, int mode)
{
	char *a1[MAXARGS + 2], *a2[MAXARGS + 2];
	char t1[4096], t2[4096];

	for (int i = 0; i < argc; i++) {
		a1[i] = strdup(args[i]);
		a2[i] = strdup(args[i]);
	}
	a1[argc] = a2[argc] = NULL;
	trace(ours, 1, a1, argc, s, mode, t1, sizeof t1);
	trace(theirs, 0, a2, argc, s, mode, t2, sizeof t2);
	cases++;
	ck_assert_msg(!strcmp(t1, t2), "optstring \"%s\" mode %d:\n glibc    %s\n trapdoor %s", s,
		      mode, t2, t1);
	for (int i = 0; i < argc; i++) {
		free(a1[i]);
		free(a2[i]);
	}
}

static uint64_t rng = 0x9e3779b97f4a7c15u;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

START_TEST(every_pair_of_words)
{
	const char *args[3] = { "prog" };

	unsetenv("POSIXLY_CORRECT");
	for (size_t s = 0; s < sizeof optstrings / sizeof *optstrings; s++)
		for (int mode = 0; mode < 3; mode++)
			for (int i = 0; i < WORDS; i++)
				for (int j = 0; j < WORDS; j++) {
					args[1] = words[i];
					args[2] = words[j];
					compare(3, args, optstrings[s], mode);
				}
}
END_TEST

START_TEST(random_vectors)
{
	const char *args[MAXARGS + 1] = { "/usr/bin/prog" };

	unsetenv("POSIXLY_CORRECT");
	for (int n = 0; n < 100000; n++) {
		int argc = 1 + next() % MAXARGS;

		for (int i = 1; i < argc; i++)
			args[i] = words[next() % WORDS];
		compare(argc, args, optstrings[next() % (sizeof optstrings / sizeof *optstrings)],
			next() % 3);
	}
}
END_TEST

START_TEST(posixly_correct)
{
	const char *args[] = { "prog", "-a", "file", "-b", "x" };

	setenv("POSIXLY_CORRECT", "1", 1);
	compare(5, args, "ab:", 0);
	compare(5, args, "ab:", 1);
	unsetenv("POSIXLY_CORRECT");
	compare(5, args, "ab:", 0);
}
END_TEST

START_TEST(opterr_zero)
{
	const char *args[] = { "prog", "-x", "--nope", "-b" };

	td_opterr = opterr = 0;
	compare(4, args, "ab:", 1);
	td_opterr = opterr = 1;
	ck_assert_msg(cases > 100000, "only %ld cases compared", cases);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("getopt_diff");
	TCase *tc = tcase_create("glibc");
	SRunner *sr;
	int failed;

	/* No time limit (0): a loaded machine may take any time; the driver guards against hangs. */
	tcase_set_timeout(tc, 0);
	tcase_add_test(tc, every_pair_of_words);
	tcase_add_test(tc, random_vectors);
	tcase_add_test(tc, posixly_correct);
	tcase_add_test(tc, opterr_zero);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}
