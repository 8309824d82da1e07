/* sigaction (and its restorer), signal, masks, sets, sigsuspend, pause, alarm, killpg. */
#include "t.h"

static volatile sig_atomic_t hits, last_sig, usr2_blocked_inside, self_blocked_inside;
static volatile int info_signo, info_code, info_pid, info_uid;

static void on_signal(int sig)
{
	sigset_t now;

	hits++;
	last_sig = sig;
	sigprocmask(SIG_BLOCK, NULL, &now);
	usr2_blocked_inside = sigismember(&now, SIGUSR2);
	self_blocked_inside = sigismember(&now, sig);
}

static void on_info(int sig, siginfo_t *si, void *ctx)
{
	(void)ctx;
	hits++;
	last_sig = sig;
	info_signo = si->si_signo;
	info_code = si->si_code;
	info_pid = si->si_pid;
	info_uid = si->si_uid;
}

static int set_handler(int sig, void (*fn)(int), int flags, int also_block)
{
	struct sigaction sa = { .sa_handler = fn, .sa_flags = flags };

	sigemptyset(&sa.sa_mask);
	if (also_block)
		sigaddset(&sa.sa_mask, also_block);
	return sigaction(sig, &sa, NULL);
}

/* Work that keeps values live in registers and on the stack across the signal. */
static long __attribute__((noinline)) survive(long seed)
{
	volatile long a = seed, b = seed * 3, c = seed * 7;
	long sum = a + b + c;

	raise(SIGUSR1);
	return sum + a + b + c;
}

static void sets(void)
{
	sigset_t s;

	t_eq("sigemptyset", sigemptyset(&s), 0);
	t_eq("empty_has_no_sigint", sigismember(&s, SIGINT), 0);
	t_eq("sigaddset", sigaddset(&s, SIGINT), 0);
	t_eq("added_is_member", sigismember(&s, SIGINT), 1);
	t_eq("other_not_member", sigismember(&s, SIGQUIT), 0);
	t_eq("sigaddset_64", sigaddset(&s, _NSIG - 1), 0);
	t_eq("sig_64_member", sigismember(&s, _NSIG - 1), 1);
	t_eq("sigdelset", sigdelset(&s, SIGINT), 0);
	t_eq("deleted_not_member", sigismember(&s, SIGINT), 0);
	t_eq("sigfillset", sigfillset(&s), 0);
	t_true("filled_has_1_and_64", sigismember(&s, 1) == 1 && sigismember(&s, _NSIG - 1) == 1,
	       "sigfillset missed signal 1 or 64");
	T_ERR("sigaddset_0_einval", sigaddset(&s, 0), EINVAL);
	T_ERR("sigaddset_nsig_einval", sigaddset(&s, _NSIG), EINVAL);
	T_ERR("sigdelset_negative_einval", sigdelset(&s, -1), EINVAL);
	T_ERR("sigismember_nsig_einval", sigismember(&s, _NSIG), EINVAL);
}

static void actions(void)
{
	struct sigaction sa, old;
	sigset_t s;

	hits = 0;
	t_eq("sigaction_install", set_handler(SIGUSR1, on_signal, 0, SIGUSR2), 0);
	t_eq("handler_returns_through_restorer", survive(5), 2 * (5 + 15 + 35));
	t_eq("handler_ran_once", hits, 1);
	t_eq("handler_got_signal", last_sig, SIGUSR1);
	t_eq("sa_mask_blocked_in_handler", usr2_blocked_inside, 1);
	t_eq("own_signal_blocked_in_handler", self_blocked_inside, 1);
	sigprocmask(SIG_BLOCK, NULL, &s);
	t_eq("mask_restored_after_handler", sigismember(&s, SIGUSR2), 0);

	t_eq("sa_nodefer", set_handler(SIGUSR1, on_signal, SA_NODEFER, 0), 0);
	raise(SIGUSR1);
	t_eq("sa_nodefer_not_blocked", self_blocked_inside, 0);

	t_eq("sa_resethand", set_handler(SIGUSR1, on_signal, SA_RESETHAND, 0), 0);
	hits = 0;
	raise(SIGUSR1);
	t_eq("sa_resethand_ran", hits, 1);
	t_eq("sa_resethand_query", sigaction(SIGUSR1, NULL, &old), 0);
	t_true("sa_resethand_back_to_default", old.sa_handler == SIG_DFL, "handler was not reset");

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_info;
	sa.sa_flags = SA_SIGINFO;
	t_eq("sigaction_siginfo", sigaction(SIGUSR2, &sa, &old), 0);
	t_true("old_was_default", old.sa_handler == SIG_DFL, "old action not SIG_DFL");
	raise(SIGUSR2);
	t_eq("siginfo_signo", info_signo, SIGUSR2);
	t_eq("siginfo_code_raise_tkill", info_code, SI_TKILL);
	t_eq("siginfo_pid", info_pid, getpid());
	t_eq("siginfo_uid", info_uid, getuid());
	kill(getpid(), SIGUSR2);
	t_eq("siginfo_code_kill_user", info_code, SI_USER);
	t_eq("sigaction_query_old", sigaction(SIGUSR2, NULL, &old), 0);
	t_true("old_is_siginfo_handler", old.sa_sigaction == on_info && (old.sa_flags & SA_SIGINFO),
	       "oldact did not return the installed handler and flags");

	sa.sa_handler = on_signal;
	sa.sa_flags = 0;
	T_ERR("sigaction_sigkill_einval", sigaction(SIGKILL, &sa, NULL), EINVAL);
	T_ERR("sigaction_sigstop_einval", sigaction(SIGSTOP, &sa, NULL), EINVAL);
	T_ERR("sigaction_0_einval", sigaction(0, &sa, NULL), EINVAL);
	T_ERR("sigaction_nsig_einval", sigaction(_NSIG, &sa, NULL), EINVAL);
	t_eq("sigaction_query_sigkill", sigaction(SIGKILL, NULL, &old), 0);

	t_true("signal_returns_old", signal(SIGUSR1, on_signal) == SIG_DFL, "signal did not return SIG_DFL");
	t_true("signal_returns_previous", signal(SIGUSR1, SIG_IGN) == on_signal,
	       "signal did not return the previous handler");
	hits = 0;
	raise(SIGUSR1);
	t_eq("sig_ign_ignored", hits, 0);
	errno = 0;
	t_true("signal_sigkill_sig_err", signal(SIGKILL, on_signal) == SIG_ERR, "signal(SIGKILL) succeeded");
	t_eq("signal_sigkill_einval", errno, EINVAL);
	signal(SIGUSR1, on_signal);
	t_eq("signal_sa_restart", sigaction(SIGUSR1, NULL, &old) == 0 && (old.sa_flags & SA_RESTART) != 0, 1);
}

static void masks(void)
{
	sigset_t s, old, pend;

	set_handler(SIGUSR1, on_signal, 0, 0);
	sigemptyset(&s);
	sigaddset(&s, SIGUSR1);
	hits = 0;
	t_eq("sigprocmask_block", sigprocmask(SIG_BLOCK, &s, &old), 0);
	t_eq("old_mask_empty", sigismember(&old, SIGUSR1), 0);
	raise(SIGUSR1);
	t_eq("blocked_not_delivered", hits, 0);
	t_eq("sigpending", sigpending(&pend), 0);
	t_eq("sigpending_has_usr1", sigismember(&pend, SIGUSR1), 1);
	t_eq("sigpending_not_usr2", sigismember(&pend, SIGUSR2), 0);
	t_eq("sigprocmask_unblock", sigprocmask(SIG_UNBLOCK, &s, NULL), 0);
	t_eq("delivered_on_unblock", hits, 1);
	T_ERR("sigprocmask_bad_how_einval", sigprocmask(42, &s, NULL), EINVAL);

	sigfillset(&s);
	sigprocmask(SIG_SETMASK, &s, &old);
	sigprocmask(SIG_SETMASK, &old, &s);
	t_true("sigkill_sigstop_unblockable", !sigismember(&s, SIGKILL) && !sigismember(&s, SIGSTOP) &&
	       sigismember(&s, SIGTERM), "mask after blocking all is wrong");
}

static void suspend(void)
{
	sigset_t block, empty, now;
	pid_t parent = getpid(), pid;
	int status;

	set_handler(SIGUSR1, on_signal, 0, 0);
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	sigprocmask(SIG_BLOCK, &block, NULL);
	hits = 0;
	pid = fork();
	if (pid == 0) {
		_exit(kill(parent, SIGUSR1) ? 1 : 0);
	}
	sigemptyset(&empty);
	T_ERR("sigsuspend_eintr", sigsuspend(&empty), EINTR);
	t_eq("sigsuspend_handler_ran", hits, 1);
	sigprocmask(SIG_BLOCK, NULL, &now);
	t_eq("sigsuspend_mask_restored", sigismember(&now, SIGUSR1), 1);
	sigprocmask(SIG_UNBLOCK, &block, NULL);
	t_eq("sigsuspend_sender_reaped", waitpid(pid, &status, 0), pid);
	T_EXITED("sigsuspend_sender_status", status, 0);
}

/*
 * An alarm that lands before the call it is meant to cut short (a slow or
 * loaded machine can take a second between alarm() and pause()) would leave
 * that call blocked for ever: the handler arms the next one until the call
 * has returned.
 */
static volatile sig_atomic_t rearm;

static void on_alarm_rearm(int sig)
{
	hits++;
	last_sig = sig;
	if (rearm)
		alarm(1);
}

static void stop_alarms(void)
{
	rearm = 0;
	alarm(0);
}

static void timers(void)
{
	int p[2];
	char c;

	t_eq("alarm_none_before", alarm(10), 0);
	t_eq("alarm_cancel_returns_left", alarm(0), 10);
	t_eq("alarm_cancel_again_0", alarm(0), 0);

	set_handler(SIGALRM, on_alarm_rearm, 0, 0);
	hits = 0;
	last_sig = 0;
	rearm = 1;
	alarm(1);
	T_ERR("pause_eintr", pause(), EINTR);
	stop_alarms();
	t_true("pause_alarm_handler_ran", hits >= 1, "pause returned but no handler ran");
	t_eq("pause_alarm_signal", last_sig, SIGALRM);

	/* Without SA_RESTART a blocking read is cut short. */
	pipe(p);
	rearm = 1;
	alarm(1);
	T_ERR("read_interrupted_eintr", read(p[0], &c, 1), EINTR);
	stop_alarms();
	close(p[0]);
	close(p[1]);
}

static void term_own_group(void)
{
	setpgid(0, 0);
	killpg(getpgrp(), SIGTERM);
	_exit(0);
}

int main(void)
{
	sets();
	actions();
	masks();
	suspend();
	timers();
	T_ERR("killpg_negative_einval", killpg(-1, 0), EINVAL);
	t_eq("killpg_own_group_0", killpg(getpgrp(), 0), 0);
	T_ERR("killpg_no_group_esrch", killpg(0x3fffffff, 0), ESRCH);
	T_KILLED("killpg_sigterm", t_in_child(term_own_group), SIGTERM);
	return t_done();
}
