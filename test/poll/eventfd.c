/* eventfd: counter and semaphore semantics, EAGAIN when non-blocking, flags, errors. */
#include <fcntl.h>
#include <poll.h>
#include <stdint.h>
#include <sys/eventfd.h>
#include "t.h"

int main(void)
{
	eventfd_t v = 0;
	char small[4];
	struct pollfd f;
	int fd = eventfd(3, EFD_NONBLOCK);

	t_true("eventfd_opens", fd >= 0, "eventfd failed");
	t_eq("read_initial_ok", eventfd_read(fd, &v), 0);
	t_eq("read_initial_value", (long long)v, 3);
	T_ERR("read_zero_counter_eagain", eventfd_read(fd, &v), EAGAIN);
	f = (struct pollfd){ fd, POLLIN | POLLOUT, -1 };
	t_eq("poll_zero_counter", poll(&f, 1, 0), 1);
	t_eq("poll_zero_counter_revents", f.revents, POLLOUT);
	t_eq("write_5", eventfd_write(fd, 5), 0);
	t_eq("write_7", eventfd_write(fd, 7), 0);
	t_eq("poll_counter_set_revents", poll(&f, 1, 0) == 1 ? f.revents : -1, POLLIN | POLLOUT);
	eventfd_read(fd, &v);
	t_eq("read_sums_writes", (long long)v, 12);
	T_ERR("write_all_ones_einval", eventfd_write(fd, UINT64_MAX), EINVAL);
	t_eq("write_to_max", eventfd_write(fd, UINT64_MAX - 1), 0);
	T_ERR("write_past_max_eagain", eventfd_write(fd, 1), EAGAIN);
	T_ERR("read_4_bytes_einval", read(fd, small, sizeof small), EINVAL);
	t_eq("not_cloexec", fcntl(fd, F_GETFD), 0);
	close(fd);
	T_ERR("read_closed_ebadf", eventfd_read(fd, &v), EBADF);
	T_ERR("write_closed_ebadf", eventfd_write(fd, 1), EBADF);

	fd = eventfd(2, EFD_SEMAPHORE | EFD_NONBLOCK | EFD_CLOEXEC);
	t_eq("cloexec", fcntl(fd, F_GETFD), FD_CLOEXEC);
	t_eq("semaphore_read_1", eventfd_read(fd, &v) == 0 ? (long long)v : -1, 1);
	t_eq("semaphore_read_2", eventfd_read(fd, &v) == 0 ? (long long)v : -1, 1);
	T_ERR("semaphore_empty_eagain", eventfd_read(fd, &v), EAGAIN);
	close(fd);

	T_ERR("unknown_flag_einval", eventfd(0, 8), EINVAL);
	return t_done();
}
