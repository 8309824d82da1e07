/*
 * atexit: order, handlers registered during exit, no limit but memory
 * (10000 handlers, in exact order; ENOMEM when no memory is left); exit and
 * _exit.
 */
#include <fcntl.h>
#include <sys/auxv.h>
#include <sys/resource.h>
#include "t.h"

#define MANY 10000
#define KINDS 7

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

/*
 * MANY handlers, far past the static block: registration i is kinds[i % KINDS]
 * and appends its letter; the first registered, run last, writes them all.
 */
static char ran[MANY + 1];
static int nran;

static void ka(void) { ran[nran++] = 'a'; }
static void kb(void) { ran[nran++] = 'b'; }
static void kc(void) { ran[nran++] = 'c'; }
static void kd(void) { ran[nran++] = 'd'; }
static void ke(void) { ran[nran++] = 'e'; }
static void kf(void) { ran[nran++] = 'f'; }
static void kg(void) { ran[nran++] = 'g'; }
static void (*const kinds[KINDS])(void) = { ka, kb, kc, kd, ke, kf, kg };

static void write_ran(void)
{
	ran[nran++] = '0';
	write(STDOUT_FILENO, ran, nran);
}

static void many(void)
{
	if (atexit(write_ran) != 0)
		_exit(101);
	for (int i = 1; i < MANY; i++)
		if (atexit(kinds[i % KINDS]) != 0)
			_exit(102);
	exit(0);
}

/* The process's address space now: /proc/self/statm's first field, in pages. */
static unsigned long vm_pages(void)
{
	char buf[64] = { 0 }, *s = buf;
	unsigned long pages = 0;
	int fd = open("/proc/self/statm", O_RDONLY);

	if (fd < 0)
		return 0;
	read(fd, buf, sizeof buf - 1);
	close(fd);
	while (*s >= '0' && *s <= '9')
		pages = pages * 10 + (*s++ - '0');
	return pages;
}

/*
 * The static block filled, then no address space left for another (the
 * heap is untouched so far): atexit fails with ENOMEM, and exit still runs
 * the handlers it has.
 */
static void out_of_memory(void)
{
	struct rlimit as;
	int r;

	if (atexit(h1) != 0)
		_exit(101);
	for (int i = 1; i < 31; i++)
		if (atexit(nothing) != 0)
			_exit(102);
	if (atexit(h2) != 0)
		_exit(103);
	as.rlim_cur = as.rlim_max = vm_pages() * getauxval(AT_PAGESZ);
	if (setrlimit(RLIMIT_AS, &as))
		_exit(104);
	errno = 0;
	r = atexit(h3);
	if (r == 0)
		_exit(105);
	exit(errno == ENOMEM ? 42 : 106);
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
	static char big[MANY + 16], want[MANY + 1];
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
	T_EXITED("atexit_same_function_twice_status", status, 0);
	t_str("atexit_same_function_twice_runs_twice", out, "11");

	status = t_capture(many, big, sizeof big);
	T_EXITED("atexit_10000_status", status, 0);
	for (int i = MANY - 1; i > 0; i--)
		want[MANY - 1 - i] = 'a' + i % KINDS;
	want[MANY - 1] = '0';
	t_str("atexit_10000_run_in_exact_order", big, want);

	if (t_under_qemu()) {
		t_skip("atexit_no_memory_enomem", "qemu-user does not enforce RLIMIT_AS");
	} else {
		status = t_capture(out_of_memory, out, sizeof out);
		T_EXITED("atexit_no_memory_enomem", status, 42);
		t_str("atexit_no_memory_still_runs_the_rest", out, "21");
	}

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
