/* nanosleep and sleep, including the time left when a signal cuts them short. */
#include <fcntl.h>
#include <time.h>
#include "t.h"

#define LONG_SLEEP 1000000

/* The call nanosleep makes: the time64 one on 32-bit arches. */
#ifdef SYS_clock_nanosleep_time64
#define RAW_NANOSLEEP_NULL() syscall(SYS_clock_nanosleep_time64, CLOCK_REALTIME, 0, NULL, NULL)
#else
#define RAW_NANOSLEEP_NULL() syscall(SYS_nanosleep, NULL, NULL)
#endif

static volatile int got_signal;

static void on_usr1(int sig)
{
	got_signal = sig;
}

/*
 * Fork a child that runs sleeper() and writes back what it returned; signal
 * it until it answers, so that a signal landing before the sleep begins only
 * makes us send another.
 */
static long interrupt(long (*sleeper)(void), int *status)
{
	int ready[2], result[2];
	long r = -1;
	pid_t pid;
	char c;

	/* Without pipe or fork (a kernel without them) errno says which. */
	*status = -1;
	if (pipe(ready) || pipe(result) || (pid = fork()) < 0)
		return -1;
	if (pid == 0) {
		t_raw_handler(SIGUSR1, on_usr1);
		write(ready[1], "r", 1);
		r = sleeper();
		write(result[1], &r, sizeof r);
		_exit(got_signal == SIGUSR1 ? 0 : 1);
	}
	close(ready[1]);
	close(result[1]);
	read(ready[0], &c, 1);
	fcntl(result[0], F_SETFL, O_NONBLOCK);
	while (read(result[0], &r, sizeof r) != sizeof r) {
		struct timespec tick = { 0, 10 * 1000 * 1000 };
		kill(pid, SIGUSR1);
		nanosleep(&tick, NULL);
	}
	*status = t_wait(pid);
	close(ready[0]);
	close(result[0]);
	return r;
}

static struct timespec rem;

static long nanosleep_long(void)
{
	struct timespec req = { LONG_SLEEP, 0 };
	long r;

	rem.tv_sec = rem.tv_nsec = -1;
	r = nanosleep(&req, &rem);
	if (r == -1 && errno == EINTR && rem.tv_sec > LONG_SLEEP / 2 && rem.tv_sec <= LONG_SLEEP &&
	    rem.tv_nsec >= 0 && rem.tv_nsec < 1000000000)
		return -EINTR;
	return r;
}

static long sleep_long(void)
{
	return sleep(LONG_SLEEP);
}

int main(void)
{
	struct timespec ts = { 0, 1000 }, left = { 7, 7 };
	long r;
	int status;

	t_eq("nanosleep_short", nanosleep(&ts, &left), 0);
	t_eq("nanosleep_zero", nanosleep(&(struct timespec){ 0, 0 }, NULL), 0);
	t_eq("nanosleep_rem_untouched_on_success", left.tv_sec * 10 + left.tv_nsec, 77);
	T_ERR("nanosleep_nsec_1e9_einval", nanosleep(&(struct timespec){ 0, 1000000000 }, NULL),
	      EINVAL);
	T_ERR("nanosleep_negative_nsec_einval", nanosleep(&(struct timespec){ 0, -1 }, NULL), EINVAL);
	T_ERR("nanosleep_negative_sec_einval", nanosleep(&(struct timespec){ -1, 0 }, NULL), EINVAL);
	if (t_under_qemu() && RAW_NANOSLEEP_NULL() == -1 && errno == EINVAL)
		t_skip("nanosleep_null_efault", "qemu-user answers EINVAL, not EFAULT");
	else
		T_ERR("nanosleep_null_efault", nanosleep(NULL, NULL), EFAULT);
	t_eq("sleep_0", sleep(0), 0);
	t_eq("sleep_1", sleep(1), 0);

	r = interrupt(nanosleep_long, &status);
	t_eq("nanosleep_interrupted_eintr_with_rem", r, -EINTR);
	T_EXITED("nanosleep_interrupted_handler_ran", status, 0);
	r = interrupt(sleep_long, &status);
	/* The unslept seconds, rounded up: close to all of them, never more. */
	t_true("sleep_interrupted_returns_unslept", r > LONG_SLEEP / 2 && r <= LONG_SLEEP,
	       "sleep did not return the seconds left");
	T_EXITED("sleep_interrupted_handler_ran", status, 0);
	return t_done();
}
