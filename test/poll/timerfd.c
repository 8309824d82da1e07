/* timerfd: expirations counted (at least one, never timed), settime/gettime values, errors. */
#include <fcntl.h>
#include <stdint.h>
#include <sys/timerfd.h>
#include "t.h"

int main(void)
{
	struct itimerspec tiny = { { 0, 1000000 }, { 0, 1000000 } }, off = { { 0, 0 }, { 0, 0 } };
	struct itimerspec past = { { 0, 0 }, { 0, 1 } }, bad = { { 0, 0 }, { 0, 1000000000L } };
	struct itimerspec got;
	uint64_t n = 0;
	char small[4];
	int p[2], fd = timerfd_create(CLOCK_MONOTONIC, 0);

	t_true("timerfd_opens", fd >= 0, "timerfd_create failed");
	t_eq("not_cloexec", fcntl(fd, F_GETFD), 0);
	t_eq("gettime_disarmed", timerfd_gettime(fd, &got), 0);
	t_true("disarmed_all_zero", !got.it_value.tv_sec && !got.it_value.tv_nsec &&
	       !got.it_interval.tv_sec && !got.it_interval.tv_nsec, "a new timer was armed");
	t_eq("arm_tiny_interval", timerfd_settime(fd, 0, &tiny, NULL), 0);
	t_eq("blocking_read_8_bytes", read(fd, &n, sizeof n), 8);
	t_true("expirations_at_least_1", n >= 1, "read counted no expiration");
	t_eq("gettime_armed", timerfd_gettime(fd, &got), 0);
	t_true("gettime_interval_as_set", got.it_interval.tv_sec == 0 &&
	       got.it_interval.tv_nsec == 1000000, "interval changed");
	T_ERR("read_4_bytes_einval", read(fd, small, sizeof small), EINVAL);
	t_eq("disarm", timerfd_settime(fd, 0, &off, &got), 0);
	t_true("old_value_interval", got.it_interval.tv_sec == 0 &&
	       got.it_interval.tv_nsec == 1000000, "old interval wrong");
	T_ERR("settime_nsec_1e9_einval", timerfd_settime(fd, 0, &bad, NULL), EINVAL);
	T_ERR("settime_unknown_flag_einval", timerfd_settime(fd, 8, &tiny, NULL), EINVAL);
	close(fd);

	/* An absolute time long past has expired once by the time settime returns. */
	fd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
	t_eq("cloexec", fcntl(fd, F_GETFD), FD_CLOEXEC);
	T_ERR("disarmed_nonblocking_eagain", read(fd, &n, sizeof n), EAGAIN);
	t_eq("arm_absolute_past", timerfd_settime(fd, TFD_TIMER_ABSTIME, &past, NULL), 0);
	t_eq("past_read_8_bytes", read(fd, &n, sizeof n), 8);
	t_eq("past_expired_once", (long long)n, 1);
	T_ERR("one_shot_then_eagain", read(fd, &n, sizeof n), EAGAIN);
	close(fd);

	T_ERR("closed_fd_gettime_ebadf", timerfd_gettime(fd, &got), EBADF);
	T_ERR("closed_fd_settime_ebadf", timerfd_settime(fd, 0, &tiny, NULL), EBADF);
	T_ERR("unknown_clock_einval", timerfd_create(12345, 0), EINVAL);
	T_ERR("unknown_flag_einval", timerfd_create(CLOCK_MONOTONIC, 1), EINVAL);
	pipe(p);
	T_ERR("pipe_fd_einval", timerfd_gettime(p[0], &got), EINVAL);
	close(p[0]);
	close(p[1]);
	return t_done();
}
