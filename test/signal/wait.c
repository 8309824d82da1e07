/* sigwait sigwaitinfo sigtimedwait sigqueue sigaltstack siginterrupt psignal psiginfo. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <time.h>
#include "t.h"

#define RT_SIG 40

static sigset_t only(int a, int b)
{
	sigset_t s;

	sigemptyset(&s);
	sigaddset(&s, a);
	if (b)
		sigaddset(&s, b);
	return s;
}

static void queued(void)
{
	sigset_t set = only(SIGUSR1, RT_SIG), old;
	siginfo_t si;
	struct timespec zero = { 0, 0 }, tiny = { 0, 1 }, bad = { 0, 2000000000 }, far = { 0, 0 };
	union sigval v;
	int sig = 0;

	sigprocmask(SIG_BLOCK, &set, &old);
	v.sival_int = 42;
	t_eq("sigqueue_self", sigqueue(getpid(), SIGUSR1, v), 0);
	memset(&si, 0, sizeof si);
	t_eq("sigwaitinfo", sigwaitinfo(&set, &si), SIGUSR1);
	t_eq("si_signo", si.si_signo, SIGUSR1);
	t_eq("si_code_queue", si.si_code, SI_QUEUE);
	t_eq("si_value", si.si_value.sival_int, 42);
	t_eq("si_pid", si.si_pid, getpid());
	t_eq("si_uid", si.si_uid, getuid());
	/* Real-time signals queue: both values arrive, in order. */
	v.sival_int = 7;
	sigqueue(getpid(), RT_SIG, v);
	v.sival_ptr = &si;
	sigqueue(getpid(), RT_SIG, v);
	t_eq("rt_first", sigtimedwait(&set, &si, &zero), RT_SIG);
	t_eq("rt_first_value", si.si_value.sival_int, 7);
	t_eq("rt_second", sigtimedwait(&set, &si, &zero), RT_SIG);
	t_true("rt_second_ptr", si.si_value.sival_ptr == &si, "wrong pointer");
	T_ERR("sigtimedwait_none_eagain", sigtimedwait(&set, &si, &zero), EAGAIN);
	T_ERR("sigtimedwait_expires_eagain", sigtimedwait(&set, NULL, &tiny), EAGAIN);
	T_ERR("sigtimedwait_bad_nsec", sigtimedwait(&set, &si, &bad), EINVAL);
	/* A timeout past 2038 (past 32 bits on a 32-bit arch): the pending signal is taken at once. */
	far.tv_sec = sizeof(time_t) > 4 ? (time_t)1 << 33 : 0x7fffffff;
	raise(SIGUSR1);
	t_eq("sigtimedwait_far_timeout", sigtimedwait(&set, &si, &far), SIGUSR1);
	t_eq("raise_si_code", si.si_code, SI_TKILL);
	kill(getpid(), SIGUSR1);
	t_eq("sigwait", sigwait(&set, &sig), 0);
	t_eq("sigwait_sig", sig, SIGUSR1);
	v.sival_int = 0;
	T_ERR("sigqueue_bad_sig", sigqueue(getpid(), 1000, v), EINVAL);
	t_eq("sigqueue_sig0_probe", sigqueue(getpid(), 0, v), 0);
	T_ERR("sigqueue_esrch", sigqueue(0x3ffffff0, SIGUSR1, v), ESRCH);
	sigprocmask(SIG_SETMASK, &old, NULL);
}

static int to_child[2], to_parent[2];

/* The child waits for what its parent queues and exits with the value. */
static void waiter(void)
{
	sigset_t set = only(SIGUSR2, 0);
	siginfo_t si;

	sigprocmask(SIG_BLOCK, &set, NULL);
	if (write(to_parent[1], "R", 1) != 1)
		_exit(1);
	if (sigwaitinfo(&set, &si) != SIGUSR2 || si.si_code != SI_QUEUE || si.si_pid != getppid())
		_exit(2);
	_exit(si.si_value.sival_int);
}

static void to_other_process(void)
{
	union sigval v;
	pid_t pid;
	char c;

	if (pipe(to_child) || pipe(to_parent))
		return;
	pid = fork();
	if (pid == 0)
		waiter();
	t_eq("child_ready", read(to_parent[0], &c, 1), 1);
	v.sival_int = 93;
	t_eq("sigqueue_child", sigqueue(pid, SIGUSR2, v), 0);
	T_EXITED("child_got_value", t_wait(pid), 93);
}

static char *alt_base;
static size_t alt_size;
static volatile int on_alt, flags_inside;

static void on_usr1(int sig)
{
	char here;
	stack_t now;

	(void)sig;
	on_alt = &here >= alt_base && &here < alt_base + alt_size;
	flags_inside = sigaltstack(NULL, &now) ? -1 : now.ss_flags;
}

static void alternate_stack(void)
{
	stack_t ss, old;
	struct sigaction sa;

	alt_size = SIGSTKSZ;
	alt_base = malloc(alt_size);
	t_true("sigstksz_above_min", SIGSTKSZ >= MINSIGSTKSZ, "SIGSTKSZ < MINSIGSTKSZ");
	ss.ss_sp = alt_base;
	ss.ss_size = alt_size;
	ss.ss_flags = 0;
	t_eq("sigaltstack_set", sigaltstack(&ss, &old), 0);
	t_eq("sigaltstack_old_disabled", old.ss_flags, SS_DISABLE);
	t_eq("sigaltstack_get", sigaltstack(NULL, &old), 0);
	t_true("sigaltstack_get_sp", old.ss_sp == alt_base, "another stack");
	t_eq("sigaltstack_get_size", (long long)old.ss_size, (long long)alt_size);
	t_eq("sigaltstack_get_flags", old.ss_flags, 0);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_usr1;
	sa.sa_flags = SA_ONSTACK;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGUSR1, &sa, NULL);
	raise(SIGUSR1);
	t_eq("handler_on_alt_stack", on_alt, 1);
	t_eq("ss_onstack_inside", flags_inside, SS_ONSTACK);
	sa.sa_flags = 0;
	sigaction(SIGUSR1, &sa, NULL);
	raise(SIGUSR1);
	t_eq("handler_without_onstack", on_alt, 0);
	/* qemu-user checks its own minimum, 2048, on every target. */
	ss.ss_size = t_under_qemu() ? 2047 : MINSIGSTKSZ - 1;
	T_ERR("sigaltstack_small_enomem", sigaltstack(&ss, NULL), ENOMEM);
	ss.ss_size = alt_size;
	ss.ss_flags = 0x1234;
	T_ERR("sigaltstack_bad_flags", sigaltstack(&ss, NULL), EINVAL);
	ss.ss_flags = SS_DISABLE;
	t_eq("sigaltstack_disable", sigaltstack(&ss, NULL), 0);
	sigaltstack(NULL, &old);
	t_eq("sigaltstack_disabled", old.ss_flags, SS_DISABLE);
	signal(SIGUSR1, SIG_DFL);
	free(alt_base);
}

static void interrupt_flag(void)
{
	struct sigaction sa;

	signal(SIGUSR2, on_usr1);
	t_eq("siginterrupt_1", siginterrupt(SIGUSR2, 1), 0);
	sigaction(SIGUSR2, NULL, &sa);
	t_eq("siginterrupt_1_no_restart", sa.sa_flags & SA_RESTART, 0);
	t_true("siginterrupt_keeps_handler", sa.sa_handler == on_usr1, "handler changed");
	t_eq("siginterrupt_0", siginterrupt(SIGUSR2, 0), 0);
	sigaction(SIGUSR2, NULL, &sa);
	t_eq("siginterrupt_0_restart", sa.sa_flags & SA_RESTART, SA_RESTART);
	T_ERR("siginterrupt_sigkill", siginterrupt(SIGKILL, 1), EINVAL);
	T_ERR("siginterrupt_bad", siginterrupt(0, 1), EINVAL);
	signal(SIGUSR2, SIG_DFL);
}

static void say_int(void) { psignal(SIGINT, "msg"); }
static void say_empty(void) { psignal(SIGSEGV, ""); }
static void say_unknown(void) { psignal(1000, NULL); }

static siginfo_t shown;

static void show(void)
{
	psiginfo(&shown, "m");
}

static void shows(const char *name, int sig, int code, const char *want)
{
	char out[256];

	memset(&shown, 0, sizeof shown);
	shown.si_signo = sig;
	shown.si_code = code;
	shown.si_pid = 11;
	shown.si_uid = 22;
	if (sig == SIGSEGV || sig == SIGFPE)
		shown.si_addr = (void *)0x1234;
	T_EXITED(name, t_capture(show, out, sizeof out), 0);
	t_str(name, out, want);
}

static void printing(void)
{
	char out[256];

	T_EXITED("psignal_status", t_capture(say_int, out, sizeof out), 0);
	t_str("psignal", out, "msg: Interrupt\n");
	t_capture(say_empty, out, sizeof out);
	t_str("psignal_empty_prefix", out, "Segmentation fault\n");
	t_capture(say_unknown, out, sizeof out);
	t_str("psignal_unknown", out, "Unknown signal 1000\n");
	shows("psiginfo_kill", SIGUSR1, SI_USER, "m: User defined signal 1 (Signal sent by kill() 11 22)\n");
	shows("psiginfo_queue", SIGTERM, SI_QUEUE, "m: Terminated (Signal sent by sigqueue() 11 22)\n");
	shows("psiginfo_segv", SIGSEGV, SEGV_MAPERR, "m: Segmentation fault (Address not mapped to object [0x1234])\n");
	shows("psiginfo_fpe", SIGFPE, FPE_FLTRES, "m: Floating point exception (Floating-poing inexact result [0x1234])\n");
	shows("psiginfo_chld", SIGCHLD, CLD_EXITED, "m: Child exited (Child has exited 11 0 22)\n");
	shows("psiginfo_odd_code", SIGUSR2, 5, "m: User defined signal 2 (5 11 22)\n");
	shows("psiginfo_rtmin", 40, SI_QUEUE, "m: SIGRTMIN+6 (Signal sent by sigqueue() 11 22)\n");
	shows("psiginfo_rtmax", _NSIG - 2, SI_USER, "m: SIGRTMAX-1 (Signal sent by kill() 11 22)\n");
	shows("psiginfo_unknown", 0, 0, "m: Unknown signal 0\n");
}

int main(void)
{
	queued();
	to_other_process();
	alternate_stack();
	interrupt_flag();
	printing();
	return t_done();
}
