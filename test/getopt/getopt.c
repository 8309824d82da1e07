/*
 * getopt, getopt_long, getopt_long_only on the target: values, optind,
 * optarg, optopt, argv permuted as glibc permutes it, the '+', '-' and ':'
 * prefixes, optind = 0 to start over, and glibc's messages on stderr
 * (test/unit/getopt_diff.c compares a large matrix with glibc on the host).
 */
#define _GNU_SOURCE
#include <getopt.h>
#include <stdio.h>
#include "t.h"

static char *args[8];

static char **vec(const char *a0, const char *a1, const char *a2, const char *a3, const char *a4)
{
	static char buf[5][32];
	const char *in[5] = { a0, a1, a2, a3, a4 };

	for (int i = 0; i < 5; i++) {
		args[i] = in[i] ? strcpy(buf[i], in[i]) : NULL;
	}
	args[5] = NULL;
	optind = 0;
	return args;
}

static void short_options(void)
{
	char **v = vec("prog", "-a", "file", "-bval", "-c");

	t_eq("a", getopt(5, v, "ab:c"), 'a');
	t_eq("a_optind", optind, 2);
	t_eq("b_after_operand", getopt(5, v, "ab:c"), 'b');
	t_str("b_attached_arg", optarg, "val");
	t_eq("c", getopt(5, v, "ab:c"), 'c');
	t_eq("end", getopt(5, v, "ab:c"), -1);
	t_eq("end_optind_at_operand", optind, 4);
	t_str("operand_moved_last", v[4], "file");

	v = vec("prog", "-b", "x", "-a", "--");
	t_eq("b_separate", getopt(5, v, "ab:"), 'b');
	t_str("b_separate_arg", optarg, "x");
	t_eq("a2", getopt(5, v, "ab:"), 'a');
	t_eq("double_dash_ends", getopt(5, v, "ab:"), -1);
	t_eq("double_dash_optind", optind, 5);

	v = vec("prog", "-a", "file", "-b", "x");
	t_eq("plus_a", getopt(5, v, "+ab:"), 'a');
	t_eq("plus_stops_at_operand", getopt(5, v, "+ab:"), -1);
	t_eq("plus_optind", optind, 2);

	v = vec("prog", "file", "-a", NULL, NULL);
	t_eq("minus_operand_is_1", getopt(3, v, "-a"), 1);
	t_str("minus_operand_arg", optarg, "file");
	t_eq("minus_then_a", getopt(3, v, "-a"), 'a');

	v = vec("prog", "-c", "-cx", NULL, NULL);
	t_eq("optional_absent", getopt(3, v, "c::"), 'c');
	t_true("optional_absent_null", optarg == NULL, "optarg set");
	t_eq("optional_attached", getopt(3, v, "c::"), 'c');
	t_str("optional_attached_arg", optarg, "x");
}

static char out[512];

static void unknown(void)
{
	char **v = vec("./prog", "-x", NULL, NULL, NULL);

	_exit(getopt(2, v, "ab") == '?' && optopt == 'x' ? 0 : 1);
}

static void missing_arg(void)
{
	char **v = vec("./prog", "-b", NULL, NULL, NULL);

	_exit(getopt(2, v, "ab:") == '?' && optopt == 'b' ? 0 : 1);
}

static void silent_colon(void)
{
	char **v = vec("./prog", "-b", "-x", NULL, NULL);
	int r1 = getopt(3, v, ":b:");

	_exit(r1 == 'b' && !strcmp(optarg, "-x") && getopt(3, v, ":b:") == -1 ? 0 : 1);
}

static void colon_missing(void)
{
	char **v = vec("./prog", "-b", NULL, NULL, NULL);

	_exit(getopt(2, v, ":b:") == ':' && optopt == 'b' ? 0 : 1);
}

static void opterr_off(void)
{
	char **v = vec("./prog", "-x", NULL, NULL, NULL);

	opterr = 0;
	_exit(getopt(2, v, "a") == '?' ? 0 : 1);
}

static const struct option longopts[] = {
	{ "verbose", no_argument, NULL, 'v' },
	{ "output", required_argument, NULL, 'o' },
	{ "color", optional_argument, NULL, 'C' },
	{ "colour", optional_argument, NULL, 'K' },
	{ NULL, 0, NULL, 0 },
};

static void long_errors(void)
{
	char **v = vec("./prog", "--nope=1", "--col", "--verbose=x", "--output");
	int r[4];

	for (int i = 0; i < 4; i++)
		r[i] = getopt_long(5, v, "v", longopts, NULL);
	_exit(r[0] == '?' && r[1] == '?' && r[2] == '?' && r[3] == '?' ? 0 : 1);
}

static void long_options(void)
{
	char **v = vec("prog", "--verb", "file", "--output=o.txt", "--color");
	int idx = -1, flag = 0;
	struct option with_flag[] = { { "flag", no_argument, &flag, 5 }, { NULL, 0, NULL, 0 } };

	t_eq("long_abbrev", getopt_long(5, v, "", longopts, &idx), 'v');
	t_eq("long_index", idx, 0);
	t_eq("long_eq_arg", getopt_long(5, v, "", longopts, &idx), 'o');
	t_str("long_eq_arg_value", optarg, "o.txt");
	t_eq("long_optional_none", getopt_long(5, v, "", longopts, &idx), 'C');
	t_true("long_optional_null", optarg == NULL, "optarg set");
	t_eq("long_end", getopt_long(5, v, "", longopts, &idx), -1);
	t_str("long_operand_last", v[optind], "file");

	v = vec("prog", "--output", "x", NULL, NULL);
	t_eq("long_separate_arg", getopt_long(3, v, "", longopts, NULL), 'o');
	t_str("long_separate_arg_value", optarg, "x");

	v = vec("prog", "--flag", NULL, NULL, NULL);
	t_eq("long_flag_returns_0", getopt_long(2, v, "", with_flag, NULL), 0);
	t_eq("long_flag_set", flag, 5);

	v = vec("prog", "-verbose", "-o", "f", "-vo");
	t_eq("long_only_word", getopt_long_only(5, v, "vo:", longopts, NULL), 'v');
	t_eq("long_only_short", getopt_long_only(5, v, "vo:", longopts, NULL), 'o');
	t_str("long_only_short_arg", optarg, "f");
	/* "vo" names no long option, so it is read as -v -o (which lacks its argument). */
	t_eq("long_only_falls_back_to_short", getopt_long_only(5, v, ":vo:", longopts, NULL), 'v');
	t_eq("long_only_short_missing_arg", getopt_long_only(5, v, ":vo:", longopts, NULL), ':');
}

static void check_message(const char *name, void (*fn)(void), const char *want)
{
	int st = t_capture(fn, out, sizeof out);

	T_EXITED(name, st, 0);
	t_str(name, out, want);
}

int main(void)
{
	short_options();
	long_options();
	check_message("unknown_option", unknown, "./prog: invalid option -- 'x'\n");
	check_message("missing_argument", missing_arg,
		      "./prog: option requires an argument -- 'b'\n");
	check_message("colon_takes_dash_word", silent_colon, "");
	check_message("colon_missing_is_colon", colon_missing, "");
	check_message("opterr_zero_silent", opterr_off, "");
	check_message("long_errors", long_errors,
		      "./prog: unrecognized option '--nope=1'\n"
		      "./prog: option '--col' is ambiguous; possibilities: '--color' '--colour'\n"
		      "./prog: option '--verbose' doesn't allow an argument\n"
		      "./prog: option '--output' requires an argument\n");
	return t_done();
}
