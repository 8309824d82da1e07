/* poll and ppoll on pipes: exact counts and revents, zero and absent timeouts, errors. */
#define _GNU_SOURCE
#include <poll.h>
#include "t.h"

static struct pollfd *volatile bad_fds = (struct pollfd *)8;
static volatile sig_atomic_t usr1_hits;

static void on_usr1(int sig)
{
	(void)sig;
	usr1_hits++;
}

static void pipes(void)
{
	int p[2];
	char c = 'x';
	struct pollfd f[3];

	pipe(p);
	f[0] = (struct pollfd){ p[0], POLLIN | POLLPRI, -1 };
	f[1] = (struct pollfd){ p[1], POLLOUT, -1 };
	f[2] = (struct pollfd){ -1, POLLIN, -1 };
	t_eq("empty_pipe_only_writer_ready", poll(f, 3, 0), 1);
	t_eq("empty_pipe_reader_revents_0", f[0].revents, 0);
	t_eq("writer_revents_pollout", f[1].revents, POLLOUT);
	t_eq("negative_fd_ignored_revents_0", f[2].revents, 0);

	write(p[1], &c, 1);
	t_eq("data_ready_count", poll(f, 2, 0), 2);
	t_eq("data_ready_revents_pollin", f[0].revents, POLLIN);
	t_eq("no_timeout_data_ready", poll(f, 1, -1), 1);
	t_eq("long_timeout_data_ready", poll(f, 1, 1500), 1);
	t_eq("one_ms_timeout_data_ready", poll(f, 1, 1), 1);

	read(p[0], &c, 1);
	close(p[1]);
	t_eq("writer_gone_count", poll(f, 1, 0), 1);
	t_eq("writer_gone_revents_pollhup", f[0].revents, POLLHUP);
	t_eq("closed_fd_count", poll(f + 1, 1, 0), 1);
	t_eq("closed_fd_revents_pollnval", f[1].revents, POLLNVAL);
	close(p[0]);

	pipe(p);
	close(p[0]);
	f[1] = (struct pollfd){ p[1], POLLOUT, -1 };
	t_eq("reader_gone_count", poll(f + 1, 1, 0), 1);
	t_eq("reader_gone_revents_pollout_pollerr", f[1].revents, POLLOUT | POLLERR);
	close(p[1]);
}

static void ppolls(void)
{
	int p[2];
	char c = 'x';
	struct pollfd f;
	struct timespec zero = { 0, 0 }, five = { 5, 0 }, bad = { 0, 1000000000L };
	sigset_t none, usr1;
	struct sigaction sa = { .sa_handler = on_usr1 };

	pipe(p);
	f = (struct pollfd){ p[0], POLLIN, -1 };
	t_eq("ppoll_zero_empty", ppoll(&f, 1, &zero, NULL), 0);
	t_eq("ppoll_zero_empty_revents", f.revents, 0);
	write(p[1], &c, 1);
	t_eq("ppoll_data_ready", ppoll(&f, 1, &five, NULL), 1);
	t_eq("ppoll_data_ready_revents", f.revents, POLLIN);
	t_true("ppoll_timeout_left_as_given", five.tv_sec == 5 && five.tv_nsec == 0,
	       "ppoll wrote the time left into the caller's timeout");
	t_eq("ppoll_null_timeout_data_ready", ppoll(&f, 1, NULL, NULL), 1);
	T_ERR("ppoll_nsec_1e9_einval", ppoll(&f, 1, &bad, NULL), EINVAL);

	/* A blocked pending signal is delivered the moment ppoll's mask lets it in. */
	read(p[0], &c, 1);
	sigemptyset(&sa.sa_mask);
	sigaction(SIGUSR1, &sa, NULL);
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigemptyset(&none);
	sigprocmask(SIG_BLOCK, &usr1, NULL);
	raise(SIGUSR1);
	T_ERR("ppoll_mask_lets_pending_signal_in_eintr", ppoll(&f, 1, NULL, &none), EINTR);
	t_eq("ppoll_handler_ran_once", usr1_hits, 1);
	sigprocmask(SIG_UNBLOCK, &usr1, NULL);
	close(p[0]);
	close(p[1]);
}

int main(void)
{
	struct pollfd f = { 0, POLLIN, 0 };

	pipes();
	ppolls();
	T_ERR("poll_bad_array_efault", poll(bad_fds, 1, 0), EFAULT);
	T_ERR("poll_nfds_past_rlimit_einval", poll(&f, (nfds_t)-1, 0), EINVAL);
	return t_done();
}
