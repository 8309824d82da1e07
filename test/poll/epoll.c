/* epoll on pipes: exact events and data, ctl errors, zero timeouts, the pwait mask. */
#include <fcntl.h>
#include <stdint.h>
#include <sys/epoll.h>
#include "t.h"

static struct epoll_event *volatile bad_events = (struct epoll_event *)8;
static volatile sig_atomic_t usr1_hits;

static void on_usr1(int sig)
{
	(void)sig;
	usr1_hits++;
}

static void pwait_mask(int ep)
{
	struct epoll_event out;
	sigset_t none, usr1;
	struct sigaction sa = { .sa_handler = on_usr1 };

	sigemptyset(&sa.sa_mask);
	sigaction(SIGUSR1, &sa, NULL);
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigemptyset(&none);
	sigprocmask(SIG_BLOCK, &usr1, NULL);
	raise(SIGUSR1);
	T_ERR("pwait_mask_lets_pending_signal_in_eintr", epoll_pwait(ep, &out, 1, -1, &none), EINTR);
	t_eq("pwait_handler_ran_once", usr1_hits, 1);
	sigprocmask(SIG_UNBLOCK, &usr1, NULL);
}

int main(void)
{
	struct epoll_event ev, out[4];
	int p[2], q[2], ep;
	char c = 'x';

#if defined(__x86_64__) || defined(__i386__)
	t_eq("event_size_12", (long)sizeof ev, 12);
#else
	t_eq("event_size_16", (long)sizeof ev, 16);
#endif
	T_ERR("create_size_0_einval", epoll_create(0), EINVAL);
	T_ERR("create1_unknown_flag_einval", epoll_create1(1), EINVAL);
	ep = epoll_create1(EPOLL_CLOEXEC);
	t_eq("create1_cloexec", fcntl(ep, F_GETFD), FD_CLOEXEC);
	close(ep);
	ep = epoll_create(1);
	t_eq("create_not_cloexec", fcntl(ep, F_GETFD), 0);

	pipe(p);
	ev.events = EPOLLIN;
	ev.data.u64 = 0x1122334455667788ULL;
	t_eq("ctl_add_reader", epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev), 0);
	T_ERR("ctl_add_twice_eexist", epoll_ctl(ep, EPOLL_CTL_ADD, p[0], &ev), EEXIST);
	t_eq("wait_zero_nothing_ready", epoll_wait(ep, out, 4, 0), 0);
	write(p[1], &c, 1);
	t_eq("wait_data_ready", epoll_wait(ep, out, 4, 0), 1);
	t_eq("ready_events_epollin", out[0].events, EPOLLIN);
	t_true("ready_data_u64_exact", out[0].data.u64 == 0x1122334455667788ULL, "data changed");
	t_eq("wait_no_timeout_data_ready", epoll_wait(ep, out, 4, -1), 1);
	t_eq("pwait_null_mask_data_ready", epoll_pwait(ep, out, 4, 0, NULL), 1);
	ev.events = EPOLLOUT;
	ev.data.fd = p[1];
	t_eq("ctl_add_writer", epoll_ctl(ep, EPOLL_CTL_ADD, p[1], &ev), 0);
	t_eq("both_ready", epoll_wait(ep, out, 4, 0), 2);
	t_eq("maxevents_1_one_ready", epoll_wait(ep, out, 1, 0), 1);
	t_eq("ctl_mod_writer", epoll_ctl(ep, EPOLL_CTL_MOD, p[1], &ev), 0);
	t_eq("ctl_del_reader", epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL), 0);
	t_eq("writer_only_ready", epoll_wait(ep, out, 4, 0), 1);
	t_eq("writer_events_epollout", out[0].events, EPOLLOUT);
	t_eq("writer_data_fd", out[0].data.fd, p[1]);
	T_ERR("ctl_del_unknown_enoent", epoll_ctl(ep, EPOLL_CTL_DEL, p[0], NULL), ENOENT);
	T_ERR("ctl_self_einval", epoll_ctl(ep, EPOLL_CTL_ADD, ep, &ev), EINVAL);
	T_ERR("ctl_bad_op_einval", epoll_ctl(ep, 99, p[0], &ev), EINVAL);
	T_ERR("wait_maxevents_0_einval", epoll_wait(ep, out, 0, 0), EINVAL);
	T_ERR("wait_bad_buffer_efault", epoll_wait(ep, bad_events, 1, 0), EFAULT);
	T_ERR("wait_not_epoll_einval", epoll_wait(p[0], out, 1, 0), EINVAL);
	epoll_ctl(ep, EPOLL_CTL_DEL, p[1], NULL);
	read(p[0], &c, 1);
	pwait_mask(ep);
	close(p[0]);
	close(p[1]);
	pipe(q);
	close(q[1]);
	T_ERR("ctl_closed_fd_ebadf", epoll_ctl(ep, EPOLL_CTL_ADD, q[1], &ev), EBADF);
	close(q[0]);
	close(ep);
	T_ERR("wait_closed_epfd_ebadf", epoll_wait(ep, out, 1, 0), EBADF);
	return t_done();
}
