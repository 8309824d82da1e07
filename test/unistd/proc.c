/* getpid, getppid, fork, _exit, execve (of the host's /bin/sh and of this program). */
#include <fcntl.h>
#include <sys/syscall.h>
#include <sys/resource.h>
#include <string.h>
#include "t.h"

/* The uid of "nobody", for the fork EAGAIN case. */
#define NOBODY 65534

static char *self;
static int global = 1;

/* Run path with argv and envp in a child; its stdout and stderr come back in out. */
static int exec_capture(const char *path, char *const argv[], char *const envp[], char *out,
			size_t size)
{
	int p[2], status;
	pid_t pid;

	if (pipe(p))
		return -1;
	pid = fork();
	if (pid == 0) {
		dup2(p[1], STDOUT_FILENO);
		dup2(p[1], STDERR_FILENO);
		close(p[0]);
		close(p[1]);
		execve(path, argv, envp);
		_exit(127);
	}
	close(p[1]);
	t_read_all(p[0], out, size);
	close(p[0]);
	if (pid < 0 || waitpid(pid, &status, 0) != pid)
		return -1;
	return status;
}

static int getuid_is_root(void)
{
	return syscall(SYS_getuid) == 0;
}

static void fork_cases(void)
{
	int p[2], status;
	pid_t parent = getpid(), pid;

	t_true("getpid_positive", parent > 1, "getpid returned <= 1");
	t_eq("getpid_stable", getpid(), parent);
	t_true("getppid_positive", getppid() > 0, "getppid returned <= 0");
	t_eq("getpid_matches_syscall", getpid(), syscall(SYS_getpid));
	t_eq("getppid_matches_syscall", getppid(), syscall(SYS_getppid));
	errno = EDOM;
	getpid();
	getppid();
	t_eq("getpid_getppid_leave_errno", errno, EDOM);

	pipe(p);
	pid = fork();
	if (pid == 0) {
		int v[3] = { getpid(), getppid(), global };
		global = 99;
		write(p[1], v, sizeof v);
		_exit(7);
	}
	close(p[1]);
	{
		int v[3] = { 0 };
		t_true("fork_returns_child_pid", pid > 0 && pid != parent, "fork did not return a new pid");
		t_eq("fork_child_data", read(p[0], v, sizeof v), sizeof v);
		t_eq("fork_child_getpid_is_return", v[0], pid);
		t_eq("fork_child_getppid_is_parent", v[1], parent);
		t_eq("fork_child_sees_copy", v[2], 1);
	}
	close(p[0]);
	t_eq("waitpid_fork_child", waitpid(pid, &status, 0), pid);
	T_EXITED("_exit_status_7", status, 7);
	t_eq("fork_parent_memory_unchanged", global, 1);

	pid = fork();
	if (pid == 0)
		_exit(0x1ff);
	status = t_wait(pid);
	T_EXITED("_exit_status_low_8_bits", status, 0xff);
	T_ERR("waitpid_no_child_echild", waitpid(-1, &status, 0), ECHILD);

	/*
	 * The error path: a user at its process limit gets EAGAIN.  Root is
	 * exempt from the limit, so the child first becomes nobody.
	 */
	pid = fork();
	if (pid == 0) {
		unsigned long lim[2] = { 0, 0 };
		if (getuid_is_root())
			syscall(SYS_setuid, NOBODY);
		syscall(SYS_prlimit64, 0, RLIMIT_NPROC, lim, 0);
		errno = 0;
		pid = fork();
		if (pid == 0)
			_exit(0);
		_exit(pid == -1 ? errno : 200);
	}
	status = t_wait(pid);
	T_EXITED("fork_over_rlimit_nproc_eagain", status, EAGAIN);
}

static void execve_errors(void)
{
	char *argv[] = { "x", NULL }, path[64], sub[80];
	int fd;

	T_ERR("execve_nonexistent_enoent", execve("/nonexistent", argv, environ), ENOENT);
	T_ERR("execve_directory_eacces", execve("/", argv, environ), EACCES);
	T_ERR("execve_through_file_enotdir", execve("/dev/null/x", argv, environ), ENOTDIR);
	T_ERR("execve_empty_path_enoent", execve("", argv, environ), ENOENT);

	fd = open(t_tmpname(path, "exec"), O_WRONLY | O_CREAT | O_TRUNC, 0644);
	write(fd, "not a program\n", 14);
	close(fd);
	T_ERR("execve_not_executable_eacces", execve(path, argv, environ), EACCES);
	/* Executable, but neither ELF nor "#!": the kernel's ENOEXEC, no shell fallback. */
	unlink(path);
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0755);
	write(fd, "\1\2\3\4 not a program\n", 18);
	close(fd);
	T_ERR("execve_unknown_format_enoexec", execve(path, argv, environ), ENOEXEC);
	memcpy(sub, path, strlen(path));
	memcpy(sub + strlen(path), "/x", 3);
	T_ERR("execve_below_file_enotdir", execve(sub, argv, environ), ENOTDIR);
	unlink(path);
}

static void execve_shell(void)
{
	char out[256];
	char *own_env[] = { "TD_ENV=from environ", NULL }, **saved_env = environ;
	char *script = "printf '[%s][%s][%s][%s][%s][%s]' \"$0\" \"$1\" \"$2\" \"$#\" \"$TD_A\" \"$TD_B\";"
		       "printf '[%s]' \"${HOME-unset}\"";
	char *argv[] = { "sh", "-c", script, "zero", "one two", "", NULL };
	char *envp[] = { "TD_A=alpha", "TD_B=be ta=x", NULL };
	char *argv_env[] = { "sh", "-c", "printf '[%s]' \"${TD_ENV-unset}\"", NULL };
	char *argv_fds[] = { "sh", "-c",
			     "for fd in 8 9; do if { true >&$fd; } 2>/dev/null; then printf open;"
			     " else printf closed; fi; done", NULL };
	int status;

	status = exec_capture("/bin/sh", argv, envp, out, sizeof out);
	T_EXITED("execve_sh_status", status, 0);
	t_str("execve_sh_argv_and_envp", out, "[zero][one two][][2][alpha][be ta=x][unset]");

	/* Whatever environ points at is what the new program gets. */
	environ = own_env;
	status = exec_capture("/bin/sh", argv_env, environ, out, sizeof out);
	environ = saved_env;
	T_EXITED("execve_sh_environ_status", status, 0);
	t_str("execve_sh_gets_environ", out, "[from environ]");

	/* fd 8 survives exec, fd 9 is close-on-exec. */
	int p[2];
	pipe(p);
	dup2(p[1], 8);
	dup3(p[1], 9, O_CLOEXEC);
	status = exec_capture("/bin/sh", argv_fds, environ, out, sizeof out);
	close(8);
	close(9);
	close(p[0]);
	close(p[1]);
	T_EXITED("execve_sh_fds_status", status, 0);
	t_str("execve_closes_only_cloexec_fds", out, "openclosed");
}

/* The child side of execve_self: print argc, argv and environ, one a line. */
static int echo_main(int argc, char **argv)
{
	char num[2] = { '0' + argc, 0 };

	t_out(num);
	t_out("\n");
	for (int i = 0; i < argc; i++) {
		t_out(argv[i]);
		t_out("|\n");
	}
	for (char **e = environ; *e; e++) {
		t_out(*e);
		t_out("|\n");
	}
	t_out(getenv("Y") ? "Y set" : "Y unset");
	return 3;
}

static void execve_self(void)
{
	char out[512];
	char *argv[] = { self, "--echo", "a b", "", "c", NULL };
	char *envp[] = { "X=1", "Y=", "Z==z", NULL };

	static const char want_args[] = "5\nSELF|\n--echo|\na b|\n|\nc|\n";
	static const char *const want_env[] = { "X=1|\n", "Y=|\n", "Z==z|\n" };
	size_t args_len = sizeof want_args - 1, len = args_len + strlen("Y set");
	int env_same = 1;

	if (!t_can_exec_self()) {
		t_skip("execve_self_status", "exec of a target binary needs binfmt_misc under qemu");
		t_skip("execve_self_argv", "exec of a target binary needs binfmt_misc under qemu");
		t_skip("execve_self_environ", "exec of a target binary needs binfmt_misc under qemu");
		return;
	}
	T_EXITED("execve_self_status", exec_capture(self, argv, envp, out, sizeof out), 3);
	/*
	 * The kernel keeps environ in envp's order, but qemu-user rebuilds it
	 * in reverse: argv is compared exactly, environ as a set.
	 */
	for (size_t i = 0; i < sizeof want_env / sizeof *want_env; i++) {
		env_same &= strstr(out + args_len, want_env[i]) != NULL;
		len += strlen(want_env[i]);
	}
	env_same &= strlen(out) == len && !strcmp(out + len - strlen("Y set"), "Y set");
	t_true("execve_self_environ", env_same, out);
	out[args_len] = 0;
	t_str("execve_self_argv", out, want_args);
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "--echo")) {
		argv[0] = "SELF";
		return echo_main(argc, argv);
	}
	self = argv[0];
	fork_cases();
	execve_errors();
	execve_shell();
	execve_self();
	return t_done();
}
