/*
 * exit flushes stdio after the atexit handlers ran; _exit, _Exit and abort
 * do not.  stdout here is a pipe, so it is fully buffered and nothing reaches
 * the pipe before a flush.
 */
#include <fcntl.h>
#include <stdio.h>
#include "t.h"

static void late_print(void)
{
	printf(" from atexit");
}

static void via_exit(void)
{
	printf("buffered");
	atexit(late_print);
	exit(0);
}

static void via_underscore_exit(void)
{
	printf("lost");
	_exit(0);
}

static void via_capital_exit(void)
{
	printf("lost");
	_Exit(0);
}

static void via_abort(void)
{
	int null = open("/dev/null", O_WRONLY);

	/* qemu-user reports the signal on stderr; only stdout is compared. */
	dup2(null, STDERR_FILENO);
	printf("lost");
	abort();
}

static void via_fflush(void)
{
	printf("flushed");
	fflush(stdout);
	_exit(0);
}

int main(void)
{
	char out[64];

	T_EXITED("exit_status", t_capture(via_exit, out, sizeof out), 0);
	t_str("exit_flushes_stdout_after_atexit", out, "buffered from atexit");
	T_EXITED("_exit_status", t_capture(via_underscore_exit, out, sizeof out), 0);
	t_str("_exit_does_not_flush", out, "");
	T_EXITED("_Exit_status", t_capture(via_capital_exit, out, sizeof out), 0);
	t_str("_Exit_does_not_flush", out, "");
	T_KILLED("abort_status", t_capture(via_abort, out, sizeof out), SIGABRT);
	t_str("abort_does_not_flush", out, "");
	T_EXITED("fflush_then__exit_status", t_capture(via_fflush, out, sizeof out), 0);
	t_str("fflush_then__exit_keeps_output", out, "flushed");
	return t_done();
}
