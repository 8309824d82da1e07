/* atexit: order, handlers registered during exit, the ATEXIT_MAX limit; exit and _exit. */
#include <limits.h>
#include "t.h"

static void h1(void) { t_out("1"); }
static void h2(void) { t_out("2"); }
static void h3(void) { t_out("3"); }
static void late(void) { t_out("L"); }
static void registers_late(void) { t_out("R"); atexit(late); }
static void nothing(void) { }
static void h_exit(void) { t_out("X"); }

static void order(void)
{
	atexit(h1);
	atexit(h2);
	atexit(h3);
	exit(0);
}

static void during_exit(void)
{
	atexit(h1);
	atexit(registers_late);
	atexit(h2);
	exit(0);
}

static void same_twice(void)
{
	atexit(h1);
	atexit(h1);
	exit(0);
}

/* ATEXIT_MAX registrations succeed; the next one fails and exit still works. */
static void limit(void)
{
	int i, r;

	if (atexit(h1) != 0)
		_exit(101);
	for (i = 1; i < ATEXIT_MAX - 1; i++)
		if (atexit(nothing) != 0)
			_exit(102);
	if (atexit(h2) != 0)
		_exit(103);
	errno = 0;
	r = atexit(h3);
	if (r == 0)
		_exit(104);
	exit(errno == ENOMEM ? 42 : 105);
}

static void status_from_exit(void)
{
	atexit(h_exit);
	exit(77);
}

static void underscore_exit(void)
{
	atexit(h_exit);
	_exit(5);
}

static void capital_exit(void)
{
	atexit(h_exit);
	_Exit(6);
}

/* Start-up passes main's return value to exit: seen from a fresh process. */
static void return_from_main(const char *self)
{
	char out[64], *argv[] = { (char *)self, "--return", NULL };
	int p[2], status;
	pid_t pid;

	if (!t_can_exec_self()) {
		t_skip("main_return_status", "exec of a target binary needs binfmt_misc under qemu");
		t_skip("main_return_runs_handlers", "exec of a target binary needs binfmt_misc under qemu");
		return;
	}
	pipe(p);
	pid = fork();
	if (pid == 0) {
		dup2(p[1], STDOUT_FILENO);
		execve(self, argv, environ);
		_exit(127);
	}
	close(p[1]);
	t_read_all(p[0], out, sizeof out);
	status = t_wait(pid);
	T_EXITED("main_return_status", status, 9);
	t_str("main_return_runs_handlers", out, "X");
}

int main(int argc, char **argv)
{
	char out[64];
	int status;

	if (argc > 1 && !strcmp(argv[1], "--return")) {
		atexit(h_exit);
		return 9;
	}

	status = t_capture(order, out, sizeof out);
	T_EXITED("atexit_order_status", status, 0);
	t_str("atexit_runs_last_registered_first", out, "321");

	status = t_capture(during_exit, out, sizeof out);
	T_EXITED("atexit_during_exit_status", status, 0);
	t_str("atexit_registered_during_exit_runs_next", out, "2RL1");

	status = t_capture(same_twice, out, sizeof out);
	t_str("atexit_same_function_twice_runs_twice", out, "11");

	status = t_capture(limit, out, sizeof out);
	T_EXITED("atexit_beyond_atexit_max_fails_enomem", status, 42);
	t_str("atexit_full_table_still_runs", out, "21");

	status = t_capture(status_from_exit, out, sizeof out);
	T_EXITED("exit_status_77", status, 77);
	t_str("exit_runs_handlers", out, "X");

	status = t_capture(underscore_exit, out, sizeof out);
	T_EXITED("_exit_status_5", status, 5);
	t_str("_exit_skips_handlers", out, "");

	status = t_capture(capital_exit, out, sizeof out);
	T_EXITED("_Exit_status_6", status, 6);
	t_str("_Exit_skips_handlers", out, "");

	return_from_main(argv[0]);
	return t_done();
}
