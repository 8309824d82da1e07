/*
 * setenv, unsetenv, putenv, clearenv: values, the overwrite flag, every
 * EINVAL, putenv's pointer kept as given, duplicates, and no growth when
 * one variable is set over and over.
 */
#define _DEFAULT_SOURCE
#include <stdlib.h>
#include "t.h"

static int count_name(const char *prefix)
{
	size_t n = strlen(prefix);
	int c = 0;

	for (char **e = environ; e && *e; e++)
		c += !strncmp(*e, prefix, n);
	return c;
}

int main(void)
{
	static char mine[] = "TD_PUT=first", dup1[] = "TD_DUP=1", dup2[] = "TD_DUP=2";
	static char other[] = "TD_PUT=other";
	char *seen[1001];
	int distinct = 0;

	t_eq("setenv_new", setenv("TD_A", "one", 0), 0);
	t_str("getenv_new", getenv("TD_A"), "one");
	t_eq("setenv_no_overwrite", setenv("TD_A", "two", 0), 0);
	t_str("kept_without_overwrite", getenv("TD_A"), "one");
	t_eq("setenv_overwrite", setenv("TD_A", "two", 1), 0);
	t_str("replaced", getenv("TD_A"), "two");
	t_eq("setenv_empty_value", setenv("TD_E", "", 1), 0);
	t_str("empty_value", getenv("TD_E"), "");
	t_eq("setenv_value_with_equals", setenv("TD_Q", "a=b", 1), 0);
	t_str("value_with_equals", getenv("TD_Q"), "a=b");
	t_true("inherited_kept", getenv("PATH") != NULL || count_name("PATH=") == 0, "lost PATH");

	T_ERR("setenv_null_name", setenv(NULL, "x", 1), EINVAL);
	T_ERR("setenv_empty_name", setenv("", "x", 1), EINVAL);
	T_ERR("setenv_name_with_equals", setenv("TD=B", "x", 1), EINVAL);
	T_ERR("unsetenv_null", unsetenv(NULL), EINVAL);
	T_ERR("unsetenv_empty", unsetenv(""), EINVAL);
	T_ERR("unsetenv_equals", unsetenv("TD_A=two"), EINVAL);

	t_eq("unsetenv", unsetenv("TD_A"), 0);
	t_true("unset_gone", getenv("TD_A") == NULL, "still set");
	t_eq("unsetenv_missing", unsetenv("TD_NEVER"), 0);

	t_eq("putenv", putenv(mine), 0);
	t_true("putenv_keeps_pointer", getenv("TD_PUT") == mine + 7, "copied");
	mine[7] = 'F';
	t_str("putenv_change_shows", getenv("TD_PUT"), "First");
	t_eq("putenv_replace", putenv(other), 0);
	t_str("putenv_replaced", getenv("TD_PUT"), "other");
	t_eq("putenv_no_equals_removes", putenv("TD_PUT"), 0);
	t_true("putenv_removed", getenv("TD_PUT") == NULL, "still set");

	/* A program's own environ, with two entries of one name. */
	{
		static char *own[64];
		int n = 0;

		for (char **e = environ; *e && n < 60; e++)
			own[n++] = *e;
		own[n++] = dup1;
		own[n++] = dup2;
		own[n] = NULL;
		environ = own;
	}
	t_eq("two_entries", count_name("TD_DUP="), 2);
	t_eq("setenv_on_program_array", setenv("TD_DUP", "3", 1), 0);
	t_eq("setenv_left_one", count_name("TD_DUP="), 1);
	t_str("setenv_replaced_first", getenv("TD_DUP"), "3");
	t_eq("unsetenv_removes_all", (putenv(dup2), unsetenv("TD_DUP"), count_name("TD_DUP=")), 0);

	for (int i = 0; i <= 1000; i++) {
		int j;

		setenv("TD_LOOP", i & 1 ? "odd value" : "even value", 1);
		seen[i] = getenv("TD_LOOP");
		for (j = 0; j < i && seen[j] != seen[i]; j++)
			;
		distinct += j == i;
	}
	t_true("replacing_reuses_memory", distinct <= 4, "a new block for every setenv");
	t_str("loop_last", getenv("TD_LOOP"), "even value");

	t_eq("clearenv", clearenv(), 0);
	t_true("clearenv_empties", environ == NULL || !*environ, "entries left");
	t_true("clearenv_getenv", getenv("TD_E") == NULL && getenv("PATH") == NULL, "found one");
	t_eq("setenv_after_clear", setenv("TD_NEW", "v", 1), 0);
	t_str("getenv_after_clear", getenv("TD_NEW"), "v");
	t_eq("only_one_after_clear", count_name(""), 1);
	return t_done();
}
