/* signalfd: SIGCHLD from a child read as a signalfd_siginfo, then reaped; EAGAIN, errors. */
#include <fcntl.h>
#include <sys/signalfd.h>
#include "t.h"

int main(void)
{
	sigset_t chld, usr1;
	struct signalfd_siginfo si;
	char small[64];
	int p[2], status, fd;
	pid_t pid;

	t_eq("siginfo_is_128_bytes", (long)sizeof si, 128);
	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	fd = signalfd(-1, &chld, SFD_CLOEXEC | SFD_NONBLOCK);
	t_true("signalfd_opens", fd >= 0, "signalfd failed");
	t_eq("cloexec", fcntl(fd, F_GETFD), FD_CLOEXEC);
	T_ERR("nothing_pending_eagain", read(fd, &si, sizeof si), EAGAIN);
	close(fd);
	fd = signalfd(-1, &chld, 0);
	t_eq("not_cloexec", fcntl(fd, F_GETFD), 0);

	/* The child exits only once told, so its SIGCHLD comes after the EAGAIN. */
	pipe(p);
	pid = fork();
	if (pid == 0) {
		read(p[0], small, 1);
		_exit(7);
	}
	close(p[0]);
	write(p[1], "x", 1);
	close(p[1]);
	t_eq("blocking_read_one_siginfo", read(fd, &si, sizeof si), (long)sizeof si);
	t_eq("ssi_signo", si.ssi_signo, SIGCHLD);
	t_eq("ssi_code_cld_exited", si.ssi_code, CLD_EXITED);
	t_eq("ssi_pid_child", si.ssi_pid, pid);
	t_eq("ssi_status_exit_code", si.ssi_status, 7);
	status = t_wait(pid);
	T_EXITED("child_reaped_after_read", status, 7);

	T_ERR("read_short_buffer_einval", read(fd, small, sizeof small), EINVAL);
	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	t_eq("replace_mask_same_fd", signalfd(fd, &usr1, 0), fd);
	T_ERR("unknown_flag_einval", signalfd(-1, &chld, 1), EINVAL);
	pipe(p);
	T_ERR("pipe_fd_einval", signalfd(p[0], &chld, 0), EINVAL);
	close(p[0]);
	close(p[1]);
	close(fd);
	T_ERR("closed_fd_ebadf", signalfd(fd, &chld, 0), EBADF);
	return t_done();
}
