#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "getopt_impl.h"

/*
 * GNU getopt's behaviour, which programs written on glibc expect: options
 * and operands may be mixed and argv is permuted so that the operands end
 * up last, unless optstring starts with '+' (or POSIXLY_CORRECT is set),
 * which stops at the first operand, or '-', which returns each operand as
 * the argument of option 1.  A ':' next makes a missing argument ':' and
 * silences the messages, which are worded as glibc's.  optind = 0 starts
 * over.  optopt keeps its value from the last error, as glibc's does.
 */
/*
 * Weak, so that a program that defines one of these itself (older code
 * declares them without extern) shares it with the library instead of
 * clashing: both then use the program's.
 */
__attribute__((__weak__)) char *optarg;
__attribute__((__weak__)) int optind = 1, opterr = 1, optopt = '?';

enum order { PERMUTE, REQUIRE_ORDER, RETURN_IN_ORDER };

static struct {
	char *next;		/* the rest of a cluster of short options */
	int first, last;	/* the operands skipped so far: argv[first..last) */
	int ready;
	int optopt;		/* copied out after each call: glibc's starts as 0 */
	enum order order;
} st;

static int is_operand(char *const argv[], int i)
{
	return argv[i][0] != '-' || !argv[i][1];
}

static void reverse(char **v, int i, int j)
{
	for (j--; i < j; i++, j--) {
		char *t = v[i];

		v[i] = v[j];
		v[j] = t;
	}
}

/* Swap the skipped operands argv[first..last) with the options argv[last..optind). */
static void exchange(char *const argv[])
{
	char **v = (char **)argv;

	reverse(v, st.first, st.last);
	reverse(v, st.last, optind);
	reverse(v, st.first, optind);
	st.first += optind - st.last;
	st.last = optind;
}

static const char *start(const char *optstring)
{
	if (optind == 0 || !st.ready) {
		if (optind == 0)
			optind = 1;
		st.first = st.last = optind;
		st.next = NULL;
		st.ready = 1;
	}
	st.order = PERMUTE;
	if (*optstring == '-') {
		st.order = RETURN_IN_ORDER;
		optstring++;
	} else if (*optstring == '+') {
		st.order = REQUIRE_ORDER;
		optstring++;
	} else if (getenv("POSIXLY_CORRECT")) {
		st.order = REQUIRE_ORDER;
	}
	return optstring;
}

/*
 * Move to the next element that holds options, permuting past operands.
 * 0: argv[optind] is an option; -1: no more options; 1: an operand to
 * return in order (optarg is set).
 */
static int advance(int argc, char *const argv[])
{
	if (st.last > optind)
		st.last = optind;
	if (st.first > optind)
		st.first = optind;
	if (st.order == PERMUTE) {
		if (st.first != st.last && st.last != optind)
			exchange(argv);
		else if (st.last != optind)
			st.first = optind;
		while (optind < argc && is_operand(argv, optind))
			optind++;
		st.last = optind;
	}
	if (optind != argc && !strcmp(argv[optind], "--")) {
		optind++;
		if (st.first != st.last && st.last != optind)
			exchange(argv);
		else if (st.first == st.last)
			st.first = optind;
		st.last = argc;
		optind = argc;
	}
	if (optind == argc) {
		if (st.first != st.last)
			optind = st.first;
		return -1;
	}
	if (is_operand(argv, optind)) {
		if (st.order == REQUIRE_ORDER)
			return -1;
		optarg = argv[optind++];
		return 1;
	}
	return 0;
}

static int missing(const char *optstring)
{
	return *optstring == ':' ? ':' : '?';
}

static int differs(const struct option *a, const struct option *b, int long_only)
{
	return long_only || a->has_arg != b->has_arg || a->flag != b->flag || a->val != b->val;
}

/* glibc lists the first match and every later one that differs from it. */
static void ambiguous(char *const argv[], const char *prefix, const struct option *longopts,
		      size_t n, const struct option *found, int long_only)
{
	fprintf(stderr, "%s: option '%s%s' is ambiguous; possibilities:", argv[0], prefix, st.next);
	for (const struct option *o = longopts; o->name; o++)
		if (!strncmp(o->name, st.next, n) && (o == found || differs(found, o, long_only)))
			fprintf(stderr, " '%s%s'", prefix, o->name);
	fputc('\n', stderr);
}

/* The option named at st.next (n bytes): exact, else the only abbreviation. */
static const struct option *find(const struct option *longopts, size_t n, int long_only,
				 int *ambig)
{
	const struct option *o, *found = NULL;

	*ambig = 0;
	for (o = longopts; o->name; o++)
		if (!strncmp(o->name, st.next, n) && !o->name[n])
			return o;
	for (o = longopts; o->name; o++) {
		if (strncmp(o->name, st.next, n))
			continue;
		if (!found)
			found = o;
		else if (differs(found, o, long_only))
			*ambig = 1;
	}
	return found;
}

/* Its argument, and what getopt returns for it. */
static int take(int argc, char *const argv[], const char *optstring, const struct option *o,
		const char *prefix, char *eq, int errs)
{
	if (eq) {
		if (o->has_arg) {
			optarg = eq + 1;
		} else {
			if (errs)
				fprintf(stderr, "%s: option '%s%s' doesn't allow an argument\n", argv[0],
					prefix, o->name);
			st.optopt = o->val;
			return '?';
		}
	} else if (o->has_arg == required_argument) {
		if (optind >= argc) {
			if (errs)
				fprintf(stderr, "%s: option '%s%s' requires an argument\n", argv[0],
					prefix, o->name);
			st.optopt = o->val;
			return missing(optstring);
		}
		optarg = argv[optind++];
	}
	if (o->flag) {
		*o->flag = o->val;
		return 0;
	}
	return o->val;
}

/* -1 when getopt_long_only should try the word as short options instead. */
static int long_option(int argc, char *const argv[], const char *optstring,
		       const struct option *longopts, int *longindex, int long_only,
		       const char *prefix, int errs)
{
	size_t n = strcspn(st.next, "=");
	char *eq = st.next[n] ? st.next + n : NULL;
	int ambig, r;
	const struct option *o = find(longopts, n, long_only, &ambig);

	if (ambig) {
		if (errs)
			ambiguous(argv, prefix, longopts, n, o, long_only);
		st.next = NULL;
		optind++;
		st.optopt = 0;
		return '?';
	}
	if (!o) {
		if (long_only && argv[optind][1] != '-' && strchr(optstring, *st.next))
			return -1;
		if (errs)
			fprintf(stderr, "%s: unrecognized option '%s%s'\n", argv[0], prefix, st.next);
		st.next = NULL;
		optind++;
		st.optopt = 0;
		return '?';
	}
	st.next = NULL;
	optind++;
	r = take(argc, argv, optstring, o, prefix, eq, errs);
	if (longindex && r != '?' && r != ':')
		*longindex = o - longopts;
	return r;
}

static int short_option(int argc, char *const argv[], const char *optstring, int errs)
{
	int c = (unsigned char)*st.next++;
	const char *spec = c == ':' ? NULL : strchr(optstring, c);

	if (!*st.next)
		optind++;
	if (!spec || !c) {
		if (errs)
			fprintf(stderr, "%s: invalid option -- '%c'\n", argv[0], c);
		st.optopt = c;
		return '?';
	}
	if (spec[1] != ':')
		return c;
	if (*st.next) {
		optarg = st.next;
		optind++;
	} else if (spec[2] == ':') {
		optarg = NULL;
	} else if (optind == argc) {
		if (errs)
			fprintf(stderr, "%s: option requires an argument -- '%c'\n", argv[0], c);
		st.optopt = c;
		c = missing(optstring);
	} else {
		optarg = argv[optind++];
	}
	st.next = NULL;
	return c;
}

static int parse(int argc, char *const argv[], const char *optstring,
		 const struct option *longopts, int *longindex, int long_only)
{
	int errs, r;

	if (argc < 1)
		return -1;
	optarg = NULL;
	optstring = start(optstring);
	errs = opterr && *optstring != ':';
	if (!st.next || !*st.next) {
		r = advance(argc, argv);
		if (r)
			return r;
		if (longopts && argv[optind][1] == '-') {
			st.next = argv[optind] + 2;
			return long_option(argc, argv, optstring, longopts, longindex, long_only,
					   "--", errs);
		}
		st.next = argv[optind] + 1;
		if (longopts && long_only &&
		    (argv[optind][2] || !strchr(optstring, argv[optind][1]))) {
			r = long_option(argc, argv, optstring, longopts, longindex, 1, "-", errs);
			if (r != -1)
				return r;
		}
	}
	return short_option(argc, argv, optstring, errs);
}

int __getopt_any(int argc, char *const argv[], const char *optstring,
		 const struct option *longopts, int *longindex, int long_only)
{
	int r = parse(argc, argv, optstring, longopts, longindex, long_only);

	optopt = st.optopt;
	return r;
}
