/*
 * assert: glibc's failure line then death by SIGABRT; NDEBUG read afresh on
 * every inclusion; static_assert.  qemu-user may add its own line about the
 * signal after ours, so only the first line of the child's output counts.
 */
#define _GNU_SOURCE
#include <assert.h>
#include <stdio.h>
#include "t.h"

static_assert(sizeof(char) == 1, "static_assert is usable at file scope");

/* The line the failure names: both on one line. */
static const int fail_line = __LINE__; static void failing(void) { assert(1 + 1 == 3); }

static int evaluated;

#define NDEBUG
#include <assert.h>

static void disabled(void)
{
	assert(evaluated++ == 12345);
	_exit(evaluated);
}

#undef NDEBUG
#include <assert.h>

static void enabled_again(void)
{
	assert(evaluated++ == 12345);
}

static void pointer_true(void)
{
	static int x;
	int *p = &x;

	assert(p);
	_exit(7);
}

static void first_line(char *s)
{
	char *nl = strchr(s, '\n');

	if (nl)
		nl[1] = 0;
}

int main(void)
{
	char out[1024], want[1024];
	int st;

	st = t_capture(failing, out, sizeof out);
	T_KILLED("failure_is_sigabrt", st, SIGABRT);
	first_line(out);
	snprintf(want, sizeof want, "assert: %s:%d: failing: Assertion `1 + 1 == 3' failed.\n",
		 __FILE__, fail_line);
	t_str("failure_line_as_glibc", out, want);

	st = t_capture(disabled, out, sizeof out);
	T_EXITED("ndebug_not_evaluated", st, 0);
	t_str("ndebug_silent", out, "");

	st = t_capture(enabled_again, out, sizeof out);
	T_KILLED("reinclude_without_ndebug", st, SIGABRT);
	first_line(out);
	t_true("reinclude_names_expression", strstr(out, "Assertion `evaluated++ == 12345' failed.\n") != 0,
	       out);

	T_EXITED("true_pointer_passes", t_in_child(pointer_true), 7);
	t_str("progname_short", program_invocation_short_name, "assert");
	t_true("progname_full_ends_in_name",
	       strlen(program_invocation_name) >= 6 &&
		       !strcmp(program_invocation_name + strlen(program_invocation_name) - 6, "assert"),
	       program_invocation_name);
	return t_done();
}
