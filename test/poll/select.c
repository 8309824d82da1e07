/* select and pselect on pipes: exact sets and counts, timeouts, masks, errors, FD_SETSIZE. */
#include <sys/select.h>
#include "t.h"

static fd_set *volatile bad_set = (fd_set *)8;
static volatile sig_atomic_t usr1_hits;
#ifdef __s390x__
#define ON_S390X 1
#else
#define ON_S390X 0
#endif

static volatile int past_end = FD_SETSIZE, minus_one = -1;

static void on_usr1(int sig)
{
	(void)sig;
	usr1_hits++;
}

static void set_past_end(void)
{
	fd_set s;

	/* qemu-user reports the trap on the guest's stderr: not the test's output. */
	close(2);
	FD_ZERO(&s);
	FD_SET(past_end, &s);
	_exit(s.fds_bits[0] == 0 ? 0 : 1);
}

static void clr_past_end(void)
{
	fd_set s;

	close(2);
	FD_ZERO(&s);
	FD_CLR(past_end, &s);
	_exit(0);
}

static void isset_past_end(void)
{
	fd_set s;

	close(2);
	FD_ZERO(&s);
	_exit(FD_ISSET(past_end, &s) ? 1 : 0);
}

static void set_negative(void)
{
	fd_set s;

	close(2);
	FD_ZERO(&s);
	FD_SET(minus_one, &s);
	_exit(0);
}

/*
 * Killed by the trap: SIGILL or SIGTRAP; on s390x gcc folds the check into
 * compare-and-trap, a data exception: SIGFPE.
 */
static int trapped(int status)
{
	return WIFSIGNALED(status) && (WTERMSIG(status) == SIGILL || WTERMSIG(status) == SIGTRAP ||
				       (ON_S390X && WTERMSIG(status) == SIGFPE));
}

static void pipes(int p[2])
{
	char c = 'x';
	fd_set r, w;
	struct timeval zero = { 0, 0 }, five = { 5, 0 }, bad = { 0, -1 };

	FD_ZERO(&r);
	FD_ZERO(&w);
	FD_SET(p[0], &r);
	FD_SET(p[1], &w);
	t_eq("empty_pipe_writer_ready", select(p[1] + 1, &r, &w, NULL, &zero), 1);
	t_eq("empty_pipe_reader_cleared", FD_ISSET(p[0], &r), 0);
	t_eq("writer_set", FD_ISSET(p[1], &w), 1);
	write(p[1], &c, 1);
	FD_SET(p[0], &r);
	t_eq("data_ready", select(p[0] + 1, &r, NULL, NULL, &five), 1);
	t_eq("data_ready_reader_set", FD_ISSET(p[0], &r), 1);
	t_true("time_left_written_back", five.tv_sec <= 5 && five.tv_usec >= 0 &&
	       five.tv_usec < 1000000 && (five.tv_sec < 5 || five.tv_usec == 0),
	       "time left not a valid timeval within the timeout");
	t_eq("null_timeout_data_ready", select(p[0] + 1, &r, NULL, NULL, NULL), 1);
	FD_CLR(p[0], &r);
	t_eq("fd_clr", FD_ISSET(p[0], &r), 0);
	FD_SET(p[0], &r);
	T_ERR("negative_usec_einval", select(p[0] + 1, &r, NULL, NULL, &bad), EINVAL);
	T_ERR("negative_nfds_einval", select(-1, &r, NULL, NULL, &zero), EINVAL);
	T_ERR("bad_set_efault", select(p[0] + 1, bad_set, NULL, NULL, &zero), EFAULT);
	read(p[0], &c, 1);
}

static void pselects(int p[2])
{
	char c = 'x';
	fd_set r;
	struct timespec zero = { 0, 0 }, five = { 5, 0 }, bad = { 0, 1000000000L };
	sigset_t none, usr1;
	struct sigaction sa = { .sa_handler = on_usr1 };

	FD_ZERO(&r);
	FD_SET(p[0], &r);
	t_eq("pselect_zero_empty", pselect(p[0] + 1, &r, NULL, NULL, &zero, NULL), 0);
	t_eq("pselect_zero_empty_cleared", FD_ISSET(p[0], &r), 0);
	write(p[1], &c, 1);
	FD_SET(p[0], &r);
	t_eq("pselect_data_ready", pselect(p[0] + 1, &r, NULL, NULL, &five, NULL), 1);
	t_true("pselect_timeout_left_as_given", five.tv_sec == 5 && five.tv_nsec == 0,
	       "pselect wrote into the caller's timeout");
	T_ERR("pselect_nsec_1e9_einval", pselect(p[0] + 1, &r, NULL, NULL, &bad, NULL), EINVAL);
	read(p[0], &c, 1);

	sigemptyset(&sa.sa_mask);
	sigaction(SIGUSR1, &sa, NULL);
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigemptyset(&none);
	sigprocmask(SIG_BLOCK, &usr1, NULL);
	raise(SIGUSR1);
	FD_SET(p[0], &r);
	T_ERR("pselect_mask_lets_pending_signal_in_eintr",
	      pselect(p[0] + 1, &r, NULL, NULL, NULL, &none), EINTR);
	t_eq("pselect_handler_ran_once", usr1_hits, 1);
	sigprocmask(SIG_UNBLOCK, &usr1, NULL);
}

int main(void)
{
	int p[2];
	fd_set r;
	struct timeval zero = { 0, 0 };
	int status;

	pipe(p);
	pipes(p);
	pselects(p);
	close(p[0]);
	close(p[1]);
	FD_ZERO(&r);
	FD_SET(p[0], &r);
	T_ERR("closed_fd_ebadf", select(p[0] + 1, &r, NULL, NULL, &zero), EBADF);
	status = t_in_child(set_past_end);
	t_true("fd_set_past_fd_setsize_traps", trapped(status), "FD_SET(FD_SETSIZE) did not trap");
	t_true("fd_clr_past_fd_setsize_traps", trapped(t_in_child(clr_past_end)),
	       "FD_CLR(FD_SETSIZE) did not trap");
	t_true("fd_isset_past_fd_setsize_traps", trapped(t_in_child(isset_past_end)),
	       "FD_ISSET(FD_SETSIZE) did not trap");
	t_true("fd_set_negative_traps", trapped(t_in_child(set_negative)), "FD_SET(-1) did not trap");
	FD_ZERO(&r);
	FD_SET(FD_SETSIZE - 1, &r);
	t_true("fd_set_last_fd", FD_ISSET(FD_SETSIZE - 1, &r) && !FD_ISSET(FD_SETSIZE - 2, &r) &&
		       r.fds_bits[sizeof r.fds_bits / sizeof r.fds_bits[0] - 1] != 0,
	       "FD_SETSIZE-1 not the set's last bit");
	return t_done();
}
