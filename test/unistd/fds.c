/* Descriptor limits and pipe edge cases: EMFILE, EBADF above the limit, EPIPE, EAGAIN, EFAULT. */
#include <fcntl.h>
#include <stdint.h>
#include <sys/resource.h>
#include "t.h"

#define LOW_LIMIT 16

/* An unmapped address, through a volatile so that gcc does not reject the call. */
static int *volatile bad_fds = (int *)8;

static void at_fd_limit(void)
{
	/* prlimit64's limits are 64-bit on every arch. */
	uint64_t lim[2] = { LOW_LIMIT, LOW_LIMIT };
	int p[2], fd, code = 0;

	if (syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, lim, 0))
		_exit(100);
	/* Fill every descriptor below the limit. */
	while ((fd = dup(0)) >= 0)
		;
	if (errno != EMFILE)
		code |= 1;
	errno = 0;
	if (pipe(p) != -1 || errno != EMFILE)
		code |= 2;
	errno = 0;
	if (open("/dev/null", O_RDONLY) != -1 || errno != EMFILE)
		code |= 4;
	errno = 0;
	if (dup2(0, LOW_LIMIT) != -1 || errno != EBADF)
		code |= 8;
	errno = 0;
	if (fcntl(0, F_DUPFD, LOW_LIMIT) != -1 || errno != EINVAL)
		code |= 16;
	/* Freeing one descriptor makes room again. */
	close(LOW_LIMIT - 1);
	if (dup(0) != LOW_LIMIT - 1)
		code |= 32;
	_exit(code);
}

int main(void)
{
	int p[2], n = 0;
	char c = 'x';

	T_EXITED("emfile_dup_pipe_open_then_ebadf_einval", t_in_child(at_fd_limit), 0);
	T_ERR("pipe_bad_pointer_efault", pipe(bad_fds), EFAULT);
	T_ERR("dup3_bad_flags_einval", dup3(0, 50, -1), EINVAL);
	T_ERR("dup3_ebadf", dup3(-1, 50, 0), EBADF);

	pipe2(p, O_NONBLOCK);
	while (write(p[1], &c, 1) == 1)
		n++;
	t_eq("full_nonblocking_pipe_eagain", errno, EAGAIN);
	t_true("pipe_holds_bytes", n >= 4096, "a pipe held fewer than 4096 bytes");
	close(p[0]);
	/* With SIGPIPE ignored, writing to a pipe nobody reads fails with EPIPE. */
	t_raw_handler(SIGPIPE, SIG_IGN);
	T_ERR("write_no_reader_epipe", write(p[1], &c, 1), EPIPE);
	close(p[1]);
	T_ERR("close_closed_pipe_ebadf", close(p[1]), EBADF);
	return t_done();
}
