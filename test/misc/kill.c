/* kill and raise. */
#include <fcntl.h>
#include <sys/syscall.h>
#include "t.h"

/* A pid above any pid_max Linux allows (2^22). */
#define NO_SUCH_PID 0x7ffffff0
#define NOBODY 65534

static void quiet_stderr(void)
{
	int fd = open("/dev/null", O_WRONLY);

	dup2(fd, STDERR_FILENO);
	close(fd);
}

/* As nobody, signal the root parent: EPERM.  Exit status 0 when it is so. */
static void kill_other_user(void)
{
	pid_t parent = getppid();

	if (syscall(SYS_setuid, NOBODY))
		_exit(1);
	errno = 0;
	_exit(kill(parent, 0) == -1 && errno == EPERM ? 0 : 2);
}

static void raise_term(void)
{
	quiet_stderr();
	raise(SIGTERM);
	_exit(1);
}

static void raise_zero(void)
{
	_exit(raise(0) == 0 ? 0 : 1);
}

static void kill_self_usr1(void)
{
	quiet_stderr();
	kill(getpid(), SIGUSR1);
	_exit(1);
}

static void kill_group(void)
{
	quiet_stderr();
	/* Its own process group, so that pid 0 reaches only this child. */
	syscall(SYS_setpgid, 0, 0);
	kill(0, SIGUSR2);
	_exit(1);
}

int main(void)
{
	int status, p[2];
	pid_t pid;

	t_eq("kill_self_signal_0", kill(getpid(), 0), 0);
	T_ERR("kill_no_such_pid_esrch", kill(NO_SUCH_PID, 0), ESRCH);
	T_ERR("kill_bad_signal_einval", kill(getpid(), -1), EINVAL);
	T_ERR("kill_signal_65_einval", kill(getpid(), _NSIG), EINVAL);
	T_ERR("raise_bad_signal_einval", raise(-1), EINVAL);
	T_ERR("raise_signal_65_einval", raise(_NSIG), EINVAL);

	if (syscall(SYS_getuid) == 0)
		T_EXITED("kill_other_users_process_eperm", t_in_child(kill_other_user), 0);
	else
		t_skip("kill_other_users_process_eperm", "needs root, to become another user");

	T_KILLED("raise_sigterm", t_in_child(raise_term), SIGTERM);
	T_EXITED("raise_signal_0", t_in_child(raise_zero), 0);
	T_KILLED("kill_self_sigusr1", t_in_child(kill_self_usr1), SIGUSR1);
	T_KILLED("kill_pid_0_own_group", t_in_child(kill_group), SIGUSR2);

	pipe(p);
	pid = fork();
	if (pid == 0) {
		char c;
		close(p[1]);
		read(p[0], &c, 1);
		_exit(1);
	}
	close(p[0]);
	t_eq("kill_child_signal_0", kill(pid, 0), 0);
	t_eq("kill_child_sigkill", kill(pid, SIGKILL), 0);
	status = t_wait(pid);
	T_KILLED("killed_child_status", status, SIGKILL);
	close(p[1]);
	T_ERR("kill_reaped_child_esrch", kill(pid, 0), ESRCH);
	return t_done();
}
