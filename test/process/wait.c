/* wait, waitpid, waitid, wait3, wait4 and every W* macro; zombies in /proc. */
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <time.h>
#include "t.h"

/* A child that blocks in read until the parent closes the pipe or kills it. */
static pid_t blocked_child(int p[2])
{
	pid_t pid;
	char c;

	pipe(p);
	pid = fork();
	if (pid == 0) {
		close(p[1]);
		_exit(read(p[0], &c, 1) == 0 ? 0 : 1);
	}
	close(p[0]);
	return pid;
}

static pid_t exit_child(int code)
{
	pid_t pid = fork();

	if (pid == 0)
		_exit(code);
	return pid;
}

/* A child that touches memory first, so that its rusage shows a resident set. */
static pid_t busy_exit_child(int code)
{
	static char pages[256 * 1024];
	pid_t pid = fork();

	if (pid == 0) {
		memset(pages, code, sizeof pages);
		_exit(pages[sizeof pages - 1]);
	}
	return pid;
}

/* The state letter of /proc/<pid>/stat (after "pid (comm) "), or '-' if unreadable. */
static char proc_state(pid_t pid)
{
	char path[64] = "/proc/", buf[512], digits[16], *d = digits + sizeof digits, *s;
	unsigned u = pid;
	size_t n0;
	int fd;
	ssize_t n;

	*--d = 0;
	do
		*--d = '0' + u % 10;
	while (u /= 10);
	n0 = strlen(path);
	memcpy(path + n0, d, strlen(d));
	memcpy(path + n0 + strlen(d), "/stat", sizeof "/stat");
	fd = open(path, O_RDONLY);
	if (fd < 0)
		return '-';
	n = read(fd, buf, sizeof buf - 1);
	close(fd);
	if (n <= 0)
		return '-';
	buf[n] = 0;
	s = strrchr(buf, ')');
	return s && s[1] == ' ' ? s[2] : '?';
}

/*
 * Not dumpable: no core whatever core_pattern says, so WCOREDUMP must be 0
 * (and a zero core limit keeps qemu-user from writing its own).
 */
static void quit_without_core(void)
{
	struct rlimit none = { 0, 0 };

	setrlimit(RLIMIT_CORE, &none);
	prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
	raise(SIGQUIT);
}

static void stop_continue(void)
{
	int p[2], status = 0;
	siginfo_t si;
	pid_t pid = blocked_child(p);

	t_eq("stop_kill_sigstop", kill(pid, SIGSTOP), 0);
	t_eq("waitpid_wuntraced_pid", waitpid(pid, &status, WUNTRACED), pid);
	t_true("wifstopped", WIFSTOPPED(status), "WIFSTOPPED false for a stopped child");
	t_eq("wstopsig_sigstop", WSTOPSIG(status), SIGSTOP);
	t_true("stopped_not_exited", !WIFEXITED(status) && !WIFSIGNALED(status) && !WIFCONTINUED(status),
	       "a stop status also matched exit, kill or continue");
	t_eq("kill_sigcont", kill(pid, SIGCONT), 0);
	t_eq("waitpid_wcontinued_pid", waitpid(pid, &status, WCONTINUED), pid);
	t_true("wifcontinued", WIFCONTINUED(status), "WIFCONTINUED false for a continued child");
	t_true("continued_not_other", !WIFEXITED(status) && !WIFSIGNALED(status) && !WIFSTOPPED(status),
	       "a continue status also matched exit, kill or stop");

	kill(pid, SIGSTOP);
	memset(&si, 0, sizeof si);
	t_eq("waitid_wstopped", waitid(P_PID, pid, &si, WSTOPPED), 0);
	t_eq("waitid_stopped_code", si.si_code, CLD_STOPPED);
	t_eq("waitid_stopped_status", si.si_status, SIGSTOP);
	kill(pid, SIGCONT);
	memset(&si, 0, sizeof si);
	t_eq("waitid_wcontinued", waitid(P_PID, pid, &si, WCONTINUED), 0);
	t_eq("waitid_continued_code", si.si_code, CLD_CONTINUED);
	close(p[1]);
	t_eq("stopped_child_finally_exits", waitpid(pid, &status, 0), pid);
	T_EXITED("stopped_child_status", status, 0);
}

int main(void)
{
	int p[2], status = -1;
	pid_t pid;
	siginfo_t si;
	struct {
		siginfo_t si;
		unsigned char after[16];
	} guarded;
	struct rusage ru;

	T_ERR("wait_no_child_echild", wait(&status), ECHILD);
	T_ERR("wait_null_no_child_echild", wait(NULL), ECHILD);
	T_ERR("waitpid_wnohang_no_child_echild", waitpid(-1, &status, WNOHANG), ECHILD);
	T_ERR("waitid_no_child_echild", waitid(P_ALL, 0, &si, WEXITED), ECHILD);
	T_ERR("wait3_no_child_echild", wait3(&status, 0, NULL), ECHILD);
	T_ERR("wait4_no_child_echild", wait4(-1, &status, 0, NULL), ECHILD);
	T_ERR("waitpid_bad_options_einval", waitpid(-1, &status, 0x4000), EINVAL);
	T_ERR("waitid_no_event_einval", waitid(P_ALL, 0, &si, 0), EINVAL);
	T_ERR("waitid_bad_idtype_einval", waitid((idtype_t)42, 0, &si, WEXITED), EINVAL);

	pid = exit_child(5);
	t_eq("wait_returns_pid", wait(&status), pid);
	t_true("wifexited", WIFEXITED(status), "WIFEXITED false after _exit");
	t_eq("wexitstatus_5", WEXITSTATUS(status), 5);
	t_true("exited_not_signaled", !WIFSIGNALED(status) && !WIFSTOPPED(status) && !WIFCONTINUED(status),
	       "an exit status also matched kill, stop or continue");
	pid = exit_child(0);
	t_eq("wait_null_status", wait(NULL), pid);

	pid = blocked_child(p);
	t_eq("wnohang_running_child_0", waitpid(pid, &status, WNOHANG), 0);
	memset(&si, 0xff, sizeof si);
	t_eq("waitid_wnohang_running_0", waitid(P_PID, pid, &si, WEXITED | WNOHANG), 0);
	t_eq("waitid_wnohang_si_pid_0", si.si_pid, 0);
	t_eq("kill_sigkill", kill(pid, SIGKILL), 0);
	t_eq("waitpid_killed_pid", waitpid(pid, &status, 0), pid);
	t_true("wifsignaled", WIFSIGNALED(status), "WIFSIGNALED false after SIGKILL");
	t_eq("wtermsig_9", WTERMSIG(status), SIGKILL);
	t_eq("wcoredump_sigkill_0", WCOREDUMP(status), 0);
	t_true("signaled_not_exited", !WIFEXITED(status) && !WIFSTOPPED(status),
	       "a kill status also matched exit or stop");
	close(p[1]);
	status = t_in_child(quit_without_core);
	t_eq("wtermsig_sigquit", WIFSIGNALED(status) ? WTERMSIG(status) : -1, SIGQUIT);
	t_eq("wcoredump_no_core_0", WCOREDUMP(status), 0);

	/* WNOWAIT leaves the zombie; /proc shows it as Z until it is reaped. */
	pid = exit_child(3);
	memset(&si, 0, sizeof si);
	t_eq("waitid_wnowait", waitid(P_PID, pid, &si, WEXITED | WNOWAIT), 0);
	t_eq("waitid_si_signo_sigchld", si.si_signo, SIGCHLD);
	t_eq("waitid_si_code_exited", si.si_code, CLD_EXITED);
	t_eq("waitid_si_pid", si.si_pid, pid);
	t_eq("waitid_si_status_3", si.si_status, 3);
	t_eq("waitid_si_uid", si.si_uid, getuid());
	t_eq("zombie_state_Z", proc_state(pid), 'Z');
	t_eq("waitpid_reaps_zombie", waitpid(pid, &status, 0), pid);
	T_EXITED("zombie_exit_status", status, 3);
	t_eq("reaped_zombie_gone", proc_state(pid), '-');
	T_ERR("waitpid_reaped_echild", waitpid(pid, &status, 0), ECHILD);

	/* The kernel writes 128 bytes of siginfo on every arch, 32-bit ones too. */
	t_eq("siginfo_t_128_bytes", sizeof(siginfo_t), 128);
	pid = exit_child(4);
	memset(&guarded, 0x5a, sizeof guarded);
	t_eq("waitid_guarded", waitid(P_PID, pid, &guarded.si, WEXITED), 0);
	t_eq("waitid_no_write_past_siginfo", guarded.after[0] + guarded.after[15], 2 * 0x5a);

	pid = exit_child(4);
	memset(&si, 0, sizeof si);
	t_eq("waitid_p_all", waitid(P_ALL, 0, &si, WEXITED), 0);
	t_eq("waitid_p_all_pid", si.si_pid, pid);
	t_eq("waitid_p_all_status", si.si_status, 4);

	pid = fork();
	if (pid == 0) {
		setpgid(0, 0);
		raise(SIGTERM);
		_exit(0);
	}
	setpgid(pid, pid);
	memset(&si, 0, sizeof si);
	t_eq("waitid_p_pgid", waitid(P_PGID, pid, &si, WEXITED), 0);
	t_eq("waitid_killed_code", si.si_code, CLD_KILLED);
	t_eq("waitid_killed_status_sig", si.si_status, SIGTERM);

	pid = busy_exit_child(6);
	memset(&ru, 0xff, sizeof ru);
	t_eq("wait4_pid", wait4(pid, &status, 0, &ru), pid);
	T_EXITED("wait4_status", status, 6);
	/* The child had pages: a zero maxrss is a field read from the wrong place. */
	t_true("wait4_rusage_filled", ru.ru_utime.tv_sec >= 0 && ru.ru_utime.tv_sec < 1000 &&
	       ru.ru_utime.tv_usec >= 0 && ru.ru_utime.tv_usec < 1000000 &&
	       ru.ru_stime.tv_sec >= 0 && ru.ru_stime.tv_sec < 1000 &&
	       ru.ru_stime.tv_usec >= 0 && ru.ru_stime.tv_usec < 1000000 && ru.ru_maxrss > 0,
	       "rusage not written, or not in our layout");
	pid = busy_exit_child(7);
	memset(&ru, 0xff, sizeof ru);
	t_eq("wait3_pid", wait3(&status, 0, &ru), pid);
	T_EXITED("wait3_status", status, 7);
	t_true("wait3_rusage_filled", ru.ru_utime.tv_sec >= 0 && ru.ru_utime.tv_sec < 1000 &&
	       ru.ru_utime.tv_usec >= 0 && ru.ru_utime.tv_usec < 1000000 && ru.ru_maxrss > 0,
	       "rusage not written, or not in our layout");

	/* Only the given pid is waited for. */
	pid = blocked_child(p);
	t_eq("other_child", exit_child(1) > 0, 1);
	t_eq("waitpid_wnohang_specific_running", waitpid(pid, &status, WNOHANG), 0);
	close(p[1]);
	t_eq("waitpid_specific", waitpid(pid, &status, 0), pid);
	t_true("wait_any_other", wait(&status) > 0 && WEXITSTATUS(status) == 1, "the other child was lost");

	stop_continue();

	/* SIGCHLD ignored: the kernel reaps at once, and wait blocks until no child is left. */
	signal(SIGCHLD, SIG_IGN);
	pid = exit_child(2);
	T_ERR("sigchld_ignored_no_zombie_echild", waitpid(pid, &status, 0), ECHILD);
	signal(SIGCHLD, SIG_DFL);
	return t_done();
}
