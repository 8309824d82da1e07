/*
 * popen when the standard descriptors are closed: a pipe end of one popen
 * may then sit on fd 0 or 1, the very number a later popen's child gets
 * its own pipe on.  Closing the earlier streams in the child must not close
 * that.
 */
#include <stdio.h>
#include "t.h"

/* stdin closed: the first stream's pipe end is fd 0. */
static void stdin_closed(void)
{
	char buf[32];
	FILE *r, *w;

	close(STDIN_FILENO);
	r = popen("echo first", "r");
	if (!r || fileno(r) != STDIN_FILENO)
		_exit(3);
	w = popen("cat", "w");
	if (!w)
		_exit(4);
	fputs("second\n", w);
	if (pclose(w) != 0)
		_exit(5);
	if (!fgets(buf, sizeof buf, r))
		_exit(6);
	fputs(buf, stdout);
	fflush(stdout);
	_exit(pclose(r) != 0);
}

/* stdout closed: the first stream's pipe end is fd 1. */
static void stdout_closed(void)
{
	char a[32], b[32];
	FILE *r1, *r2;

	close(STDOUT_FILENO);
	r1 = popen("echo one", "r");
	if (!r1 || fileno(r1) != STDOUT_FILENO)
		_exit(3);
	r2 = popen("echo two", "r");
	if (!r2)
		_exit(4);
	if (!fgets(b, sizeof b, r2) || !fgets(a, sizeof a, r1))
		_exit(5);
	fputs(a, stderr);
	fputs(b, stderr);
	_exit(pclose(r1) != 0 || pclose(r2) != 0);
}

int main(void)
{
	char out[256];
	int st;

	st = t_capture(stdin_closed, out, sizeof out);
	T_EXITED("popen_w_with_stdin_closed_status", st, 0);
	t_str("popen_w_with_stdin_closed_output", out, "second\nfirst\n");
	st = t_capture(stdout_closed, out, sizeof out);
	T_EXITED("popen_r_with_stdout_closed_status", st, 0);
	t_str("popen_r_with_stdout_closed_output", out, "one\ntwo\n");
	return t_done();
}
