/* ids, process groups and sessions, rlimits, prctl, vfork, fork under RLIMIT_NPROC. */
#include <fcntl.h>
#include <spawn.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include "t.h"

#define NOBODY 65534
#define NO_SUCH_PID 0x3fffffff

static volatile int shared;

static void group_leader(void)
{
	_exit(setpgid(0, 0) == 0 && getpgrp() == getpid() && getpgid(0) == getpid() ? 0 : 1);
}

static void new_session(void)
{
	if (setsid() != getpid() || getsid(0) != getpid() || getpgrp() != getpid())
		_exit(1);
	_exit(setsid() == -1 && errno == EPERM ? 0 : 2);
}

/* As an unprivileged user: the ids change, root's cannot be taken back. */
static void drop_privileges(void)
{
	struct rlimit rl;

	if (setgid(NOBODY) || setuid(NOBODY))
		_exit(10);
	if (getuid() != NOBODY || geteuid() != NOBODY || getgid() != NOBODY || getegid() != NOBODY)
		_exit(11);
	if (setuid(0) != -1 || errno != EPERM)
		_exit(12);
	if (setgid(0) != -1 || errno != EPERM)
		_exit(13);
	getrlimit(RLIMIT_NOFILE, &rl);
	rl.rlim_max = rl.rlim_max == RLIM_INFINITY ? RLIM_INFINITY : rl.rlim_max + 1;
	rl.rlim_cur = rl.rlim_max;
	if (rl.rlim_max != RLIM_INFINITY && (setrlimit(RLIMIT_NOFILE, &rl) != -1 || errno != EPERM))
		_exit(14);
	_exit(0);
}

/* Root ignores RLIMIT_NPROC: become nobody first, then no process may be added. */
static void fork_over_nproc(void)
{
	struct rlimit none = { 0, 0 };
	pid_t pid;

	if (setgid(NOBODY) || setuid(NOBODY) || setrlimit(RLIMIT_NPROC, &none))
		_exit(100);
	pid = fork();
	if (pid == 0)
		_exit(0);
	if (pid > 0)
		_exit(101);
	_exit(errno);
}

static void vfork_over_nproc(void)
{
	struct rlimit none = { 0, 0 };
	pid_t pid;

	if (setgid(NOBODY) || setuid(NOBODY) || setrlimit(RLIMIT_NPROC, &none))
		_exit(100);
	pid = vfork();
	if (pid == 0)
		_exit(0);
	if (pid > 0)
		_exit(101);
	_exit(errno);
}

static void spawn_over_nproc(void)
{
	struct rlimit none = { 0, 0 };
	char *argv[] = { "sh", "-c", "exit 0", NULL };
	pid_t pid;

	if (setgid(NOBODY) || setuid(NOBODY) || setrlimit(RLIMIT_NPROC, &none))
		_exit(100);
	_exit(posix_spawn(&pid, "/bin/sh", NULL, NULL, argv, environ));
}

/* vfork from a frame with live locals: they must be intact when the parent returns. */
static int __attribute__((noinline)) vfork_exec(const char *path, const char *cmd)
{
	volatile int canary = 0x5eed;
	char *argv[] = { "sh", "-c", (char *)cmd, NULL };
	int status = -1;
	pid_t pid = vfork();

	if (pid == 0) {
		execve(path, argv, environ);
		_exit(errno);
	}
	if (waitpid(pid, &status, 0) != pid)
		return -2;
	return canary == 0x5eed ? status : -1;
}

static int __attribute__((noinline)) vfork_exit(int code)
{
	volatile int canary = 0x5eed;
	int status = -1;
	pid_t pid;

	shared = 0;
	pid = vfork();
	if (pid == 0) {
		shared = code;
		_exit(code);
	}
	status = t_wait(pid);
	return canary == 0x5eed ? status : -1;
}

static void vfork_cases(void)
{
	T_EXITED("vfork_child_exit", vfork_exit(7), 7);
	if (t_under_qemu())
		t_skip("vfork_shares_memory", "qemu-user emulates CLONE_VFORK by fork");
	else
		t_eq("vfork_shares_memory", shared, 7);
	T_EXITED("vfork_exec_sh", vfork_exec("/bin/sh", "exit 9"), 9);
	T_EXITED("vfork_exec_enoent", vfork_exec("/nonexistent/sh", "exit 0"), ENOENT);
	T_EXITED("vfork_again_after_failure", vfork_exec("/bin/sh", "exit 4"), 4);
}

static void groups(void)
{
	char *argv[] = { "sh", "-c", "read x", NULL };
	posix_spawn_file_actions_t fa;
	int p[2], status;
	pid_t pid;

	t_eq("getpgrp_is_getpgid_0", getpgrp(), getpgid(0));
	t_eq("getpgid_self", getpgid(getpid()), getpgrp());
	t_eq("getsid_0_is_self_session", getsid(0), getsid(getpid()));
	T_ERR("getpgid_no_such_pid_esrch", getpgid(NO_SUCH_PID), ESRCH);
	T_ERR("getsid_no_such_pid_esrch", getsid(NO_SUCH_PID), ESRCH);
	T_ERR("setpgid_negative_pid_einval", setpgid(-1, 0), EINVAL);
	T_ERR("setpgid_negative_pgid_einval", setpgid(0, -1), EINVAL);
	T_ERR("setpgid_not_child_esrch", setpgid(NO_SUCH_PID, 0), ESRCH);
	T_EXITED("setpgid_group_leader", t_in_child(group_leader), 0);
	T_EXITED("setsid_new_session_then_eperm", t_in_child(new_session), 0);

	/* A child that has exec'd can no longer be moved by its parent. */
	pipe(p);
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, p[0], STDIN_FILENO);
	posix_spawn_file_actions_addclose(&fa, p[1]);
	t_eq("posix_spawn_reader", posix_spawn(&pid, "/bin/sh", &fa, NULL, argv, environ), 0);
	T_ERR("setpgid_execd_child_eacces", setpgid(pid, pid), EACCES);
	close(p[0]);
	close(p[1]);
	/* read at end of input fails, and so does the shell. */
	t_eq("reader_reaped", waitpid(pid, &status, 0), pid);
	T_EXITED("reader_status", status, 1);
	posix_spawn_file_actions_destroy(&fa);
}

static void limits(void)
{
	struct rlimit rl, low, old;
	struct rusage ru;

	t_eq("getrlimit_nofile", getrlimit(RLIMIT_NOFILE, &rl), 0);
	t_true("getrlimit_soft_le_hard", rl.rlim_cur <= rl.rlim_max && rl.rlim_cur >= 3,
	       "impossible RLIMIT_NOFILE");
	low = rl;
	low.rlim_cur = 64;
	t_eq("setrlimit_lower_soft", setrlimit(RLIMIT_NOFILE, &low), 0);
	t_eq("getrlimit_sees_new", getrlimit(RLIMIT_NOFILE, &old) == 0 ? (long)old.rlim_cur : -1, 64);
	T_ERR("dup2_beyond_soft_limit_ebadf", dup2(0, 64), EBADF);
	t_eq("dup2_below_soft_limit", dup2(0, 63), 63);
	close(63);
	t_eq("prlimit_set_get_old", prlimit(getpid(), RLIMIT_NOFILE, &rl, &old), 0);
	t_eq("prlimit_old_value", old.rlim_cur, 64);
	t_eq("prlimit_restored", prlimit(0, RLIMIT_NOFILE, NULL, &old) == 0 && old.rlim_cur == rl.rlim_cur, 1);
	low.rlim_cur = rl.rlim_max == RLIM_INFINITY ? RLIM_INFINITY : rl.rlim_max + 1;
	low.rlim_max = rl.rlim_max == RLIM_INFINITY ? 1 : rl.rlim_max;
	T_ERR("setrlimit_soft_above_hard_einval", setrlimit(RLIMIT_NOFILE, &low), EINVAL);
	T_ERR("getrlimit_bad_resource_einval", getrlimit(999, &rl), EINVAL);
	T_ERR("setrlimit_bad_resource_einval", setrlimit(-1, &rl), EINVAL);
	T_ERR("getrlimit_bad_pointer_efault", getrlimit(RLIMIT_NOFILE, (struct rlimit *)8), EFAULT);
	T_ERR("prlimit_no_such_pid_esrch", prlimit(NO_SUCH_PID, RLIMIT_NOFILE, NULL, &old), ESRCH);
	t_eq("getrusage_self", getrusage(RUSAGE_SELF, &ru), 0);
	t_true("getrusage_sane", ru.ru_utime.tv_usec >= 0 && ru.ru_utime.tv_usec < 1000000 && ru.ru_maxrss > 0,
	       "rusage values out of range");
	T_ERR("getrusage_bad_who_einval", getrusage(42, &ru), EINVAL);
}

/*
 * The grandchild outlives its parent: it waits for the end of a pipe only
 * the parent holds open, which comes when the parent is gone.
 */
static void orphan_maker(void)
{
	int p[2];
	char c;
	pid_t pid;

	if (pipe(p))
		_exit(1);
	pid = fork();
	if (pid == 0) {
		close(p[1]);
		_exit(read(p[0], &c, 1) == 0 ? 33 : 34);
	}
	_exit(pid > 0 ? 0 : 2);
}

static void process_control(void)
{
	char name[32] = "";
	int v = -1, r, status = 0, reaped = 0;
	pid_t pid;

	t_eq("prctl_set_name", prctl(PR_SET_NAME, "td-ids", 0, 0, 0), 0);
	t_eq("prctl_get_name", prctl(PR_GET_NAME, name, 0, 0, 0), 0);
	t_str("prctl_name_value", name, "td-ids");
	t_eq("prctl_set_pdeathsig", prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0), 0);
	t_eq("prctl_get_pdeathsig", prctl(PR_GET_PDEATHSIG, &v, 0, 0, 0) == 0 ? v : -1, SIGKILL);
	prctl(PR_SET_PDEATHSIG, 0, 0, 0, 0);
	T_ERR("prctl_bad_option_einval", prctl(0x7fff, 0, 0, 0, 0), EINVAL);
	T_ERR("prctl_bad_dumpable_einval", prctl(PR_SET_DUMPABLE, 5, 0, 0, 0), EINVAL);

	v = -1;
	r = prctl(PR_GET_CHILD_SUBREAPER, &v, 0, 0, 0);
	if (t_under_qemu() && r == -1 && errno == EINVAL) {
		t_skip("subreaper", "qemu-user 7 does not pass PR_GET_CHILD_SUBREAPER on");
		return;
	}
	t_eq("subreaper_get_default", r == 0 ? v : -1, 0);
	t_eq("subreaper_set", prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0), 0);
	t_eq("subreaper_get", prctl(PR_GET_CHILD_SUBREAPER, &v, 0, 0, 0) == 0 ? v : -1, 1);
	pid = fork();
	if (pid == 0)
		orphan_maker();
	status = t_wait(pid);
	T_EXITED("orphan_maker_exited", status, 0);
	/* The orphaned grandchild is now ours to reap. */
	pid = wait(&status);
	reaped = pid > 0 && WIFEXITED(status) && WEXITSTATUS(status) == 33;
	t_true("subreaper_reaps_orphan", reaped, "the re-parented grandchild was not ours");
	prctl(PR_SET_CHILD_SUBREAPER, 0, 0, 0, 0);
}

int main(void)
{
	t_eq("getuid_syscall", getuid(), syscall(SYS_getuid));
	t_eq("geteuid_syscall", geteuid(), syscall(SYS_geteuid));
	t_eq("getgid_syscall", getgid(), syscall(SYS_getgid));
	t_eq("getegid_syscall", getegid(), syscall(SYS_getegid));
	if (getuid() == 0) {
		T_EXITED("unprivileged_ids_eperm", t_in_child(drop_privileges), 0);
		T_EXITED("fork_rlimit_nproc_eagain", t_in_child(fork_over_nproc), EAGAIN);
		T_EXITED("vfork_rlimit_nproc_eagain", t_in_child(vfork_over_nproc), EAGAIN);
		T_EXITED("posix_spawn_rlimit_nproc_eagain", t_in_child(spawn_over_nproc), EAGAIN);
	} else {
		T_ERR("setuid_root_eperm", setuid(0), EPERM);
		t_skip("fork_rlimit_nproc_eagain", "needs root to drop to an unprivileged uid");
	}
	groups();
	limits();
	vfork_cases();
	process_control();
	T_ERR("no_child_left", wait(NULL), ECHILD);
	return t_done();
}
