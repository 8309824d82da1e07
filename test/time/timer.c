/* POSIX timers, interval timers, times, utime/utimes/futimes/lutimes; expirations awaited with sigsuspend, never timed. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/times.h>
#include <time.h>
#include <utime.h>
#include "t.h"

static volatile sig_atomic_t got, code, value;

static void on_signal(int sig, siginfo_t *si, void *ctx)
{
	(void)ctx;
	got = sig;
	code = si->si_code;
	value = si->si_value.sival_int;
}

/* Wait with the signal blocked but for sigsuspend: no sleep, no time limit but the driver's. */
static void wait_for(int sig)
{
	sigset_t none;

	sigemptyset(&none);
	/* A kernel without sigsuspend (ENOSYS) would spin here: the cases after report it. */
	while (got != sig)
		if (sigsuspend(&none) < 0 && errno != EINTR)
			return;
}

static void posix_timers(void)
{
	struct sigaction sa = { 0 };
	struct sigevent sev = { 0 };
	struct itimerspec its = { { 0, 0 }, { 0, 1000000 } }, cur;
	sigset_t block;
	timer_t id;

	sa.sa_sigaction = on_signal;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGUSR1, &sa, 0);
	sigemptyset(&block);
	sigaddset(&block, SIGUSR1);
	sigaddset(&block, SIGALRM);
	sigprocmask(SIG_BLOCK, &block, 0);
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = SIGUSR1;
	sev.sigev_value.sival_int = 42;
	t_eq("timer_create_signal", timer_create(CLOCK_MONOTONIC, &sev, &id), 0);
	t_eq("timer_settime_once", timer_settime(id, 0, &its, 0), 0);
	wait_for(SIGUSR1);
#ifdef __mips__
	if (t_under_qemu())
		t_skip("timer_signal_code", "qemu-user passes on the host's SI_TIMER (-2); mips' is -3");
	else
#endif
		t_eq("timer_signal_code", code, SI_TIMER);
	t_eq("timer_signal_value", value, 42);
	t_eq("timer_getoverrun", timer_getoverrun(id), 0);
	t_eq("timer_gettime_expired", timer_gettime(id, &cur) == 0 && !cur.it_value.tv_sec && !cur.it_value.tv_nsec, 1);
	/* Disarmed (a SIGEV_NONE timer would keep reporting its old value on some kernels). */
	its = (struct itimerspec){ { 0, 0 }, { 1000, 0 } };
	timer_settime(id, 0, &its, 0);
	its.it_value.tv_sec = 0;
	timer_settime(id, 0, &its, 0);
	t_eq("timer_gettime_disarmed", timer_gettime(id, &cur) == 0 && !cur.it_value.tv_sec && !cur.it_value.tv_nsec, 1);
	t_eq("timer_delete", timer_delete(id), 0);
	T_ERR("timer_delete_again", timer_delete(id), EINVAL);

	sev.sigev_notify = SIGEV_NONE;
	t_eq("timer_create_none", timer_create(CLOCK_REALTIME, &sev, &id), 0);
	its = (struct itimerspec){ { 7, 500 }, { 1000, 0 } };
	t_eq("timer_settime_long", timer_settime(id, 0, &its, 0), 0);
	t_eq("timer_gettime_running", timer_gettime(id, &cur), 0);
	t_true("timer_gettime_value", cur.it_value.tv_sec <= 1000 && (cur.it_value.tv_sec > 0 || cur.it_value.tv_nsec > 0) &&
	       cur.it_interval.tv_sec == 7 && cur.it_interval.tv_nsec == 500, "it_value or it_interval wrong");
	its = (struct itimerspec){ { 0, 0 }, { 0, 0 } };
	t_eq("timer_disarm_old", timer_settime(id, 0, &its, &cur) == 0 && cur.it_interval.tv_sec == 7, 1);
	its.it_value.tv_nsec = 1000000000;
	T_ERR("timer_settime_einval", timer_settime(id, 0, &its, 0), EINVAL);
	timer_delete(id);
	T_ERR("timer_create_bad_clock", timer_create(12345, &sev, &id), EINVAL);
	sev.sigev_notify = SIGEV_THREAD;
	T_ERR("timer_create_thread", timer_create(CLOCK_MONOTONIC, &sev, &id), EINVAL);
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = 0x7fff;
	T_ERR("timer_create_bad_signal", timer_create(CLOCK_MONOTONIC, &sev, &id), EINVAL);
}

static void interval_timers(void)
{
	struct sigaction sa = { 0 };
	struct itimerval it = { { 0, 0 }, { 0, 1000 } }, old;

	sa.sa_sigaction = on_signal;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGALRM, &sa, 0);
	got = 0;
	t_eq("setitimer_real", setitimer(ITIMER_REAL, &it, 0), 0);
	wait_for(SIGALRM);
	t_eq("setitimer_fired", got, SIGALRM);
	it = (struct itimerval){ { 3, 0 }, { 500, 0 } };
	t_eq("setitimer_long", setitimer(ITIMER_REAL, &it, 0), 0);
	t_eq("getitimer", getitimer(ITIMER_REAL, &old), 0);
	t_true("getitimer_value", old.it_value.tv_sec <= 500 && old.it_value.tv_sec >= 0 && old.it_interval.tv_sec == 3 &&
	       old.it_value.tv_usec >= 0 && old.it_value.tv_usec < 1000000, "it_value or it_interval wrong");
	it = (struct itimerval){ { 0, 0 }, { 0, 0 } };
	t_eq("setitimer_disarm_old", setitimer(ITIMER_REAL, &it, &old) == 0 && old.it_interval.tv_sec == 3, 1);
	T_ERR("setitimer_bad_which", setitimer(99, &it, 0), EINVAL);
	T_ERR("getitimer_bad_which", getitimer(99, &old), EINVAL);
	it.it_value.tv_usec = 1000000;
	T_ERR("setitimer_bad_usec", setitimer(ITIMER_REAL, &it, 0), EINVAL);
}

static void macros(void)
{
	struct timeval a = { 5, 900000 }, b = { 2, 200000 }, r;

	timeradd(&a, &b, &r);
	t_true("timeradd", r.tv_sec == 8 && r.tv_usec == 100000, "5.9 + 2.2 != 8.1");
	timersub(&b, &a, &r);
	t_true("timersub", r.tv_sec == -4 && r.tv_usec == 300000, "2.2 - 5.9 != -4 + 0.3");
	t_true("timercmp", timercmp(&b, &a, <) && !timercmp(&a, &b, <) && timercmp(&a, &a, ==), "order");
	t_true("timerisset", timerisset(&a), "5.9 not set");
	timerclear(&a);
	t_true("timerclear", !timerisset(&a) && a.tv_usec == 0, "still set");
}

static void file_times(void)
{
	char path[64], link[64];
	struct timeval tv[2] = { { 1000000000, 250000 }, { 1234567890, 999999 } };
	struct utimbuf ub = { 86400, 2 * 86400 };
	struct stat st;
	struct tms tms;
	int fd;

	t_tmpname(path, "utimes");
	t_tmpname(link, "utimes_link");
	fd = open(path, O_CREAT | O_RDWR | O_TRUNC, 0644);
	t_eq("utimes", utimes(path, tv), 0);
	stat(path, &st);
	t_true("utimes_values", st.st_atim.tv_sec == 1000000000 && st.st_atim.tv_nsec == 250000000 &&
	       st.st_mtim.tv_sec == 1234567890 && st.st_mtim.tv_nsec == 999999000, "times not set");
	t_eq("utime", utime(path, &ub), 0);
	stat(path, &st);
	t_true("utime_values", st.st_atim.tv_sec == 86400 && st.st_mtim.tv_sec == 2 * 86400 && !st.st_mtim.tv_nsec,
	       "times not set");
	tv[1].tv_sec = 42;
	t_eq("futimes", futimes(fd, tv), 0);
	fstat(fd, &st);
	t_eq("futimes_value", st.st_mtim.tv_sec, 42);
	symlink(path, link);
	tv[1].tv_sec = 77;
	t_eq("lutimes", lutimes(link, tv), 0);
	lstat(link, &st);
	t_eq("lutimes_link", st.st_mtim.tv_sec, 77);
	stat(path, &st);
	t_eq("lutimes_target_kept", st.st_mtim.tv_sec, 42);
	t_eq("utimes_now", utimes(path, 0) == 0 && stat(path, &st) == 0 && st.st_mtim.tv_sec > 1700000000, 1);
	t_eq("utime_now", utime(path, 0) == 0 && stat(path, &st) == 0 && st.st_mtim.tv_sec > 1700000000, 1);
	tv[0].tv_usec = 1000000;
	T_ERR("utimes_bad_usec", utimes(path, tv), EINVAL);
	T_ERR("futimes_bad_usec", futimes(fd, tv), EINVAL);
	tv[0].tv_usec = 0;
	T_ERR("futimes_ebadf", futimes(-1, tv), EBADF);
	T_ERR("utimes_enoent", utimes("/nonexistent/x", tv), ENOENT);
	T_ERR("utime_enoent", utime("/nonexistent/x", &ub), ENOENT);
	close(fd);
	unlink(link);
	unlink(path);
	t_true("times", times(&tms) != (clock_t)-1 && tms.tms_utime >= 0 && tms.tms_stime >= 0 &&
	       tms.tms_cutime >= 0 && tms.tms_cstime >= 0, "times failed");
	T_ERR("settimeofday_bad_usec", settimeofday(&(struct timeval){ 0, -1 }, 0), EINVAL);
}

int main(void)
{
	posix_timers();
	interval_timers();
	macros();
	file_times();
	return t_done();
}
