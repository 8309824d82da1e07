/* execv, execvp, execvpe, execl, execle, execlp, fexecve: PATH search and its edges. */
#include <fcntl.h>
#include <limits.h>
#include <sys/syscall.h>
#include "t.h"

static char dir_noexec[64], dir_good[64], dir_script[64], prog_noexec[96], prog_good[96];
static char script[96], script_args[96];
static char path_var[512], *child_env[2] = { path_var, NULL };
static const char *what;
static char *const *args;
static int fd_arg;

/* dst = a b c (each may be ""), returned. */
static char *cat3(char *dst, const char *a, const char *b, const char *c)
{
	size_t n = 0;

	for (const char *s[3] = { a, b, c }, **p = s; p < s + 3; p++) {
		memcpy(dst + n, *p, strlen(*p));
		n += strlen(*p);
	}
	dst[n] = 0;
	return dst;
}

static void make_file(const char *path, const char *text, int mode)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);

	write(fd, text, strlen(text));
	close(fd);
}

/* In the child: PATH as given (NULL: unset), then exec `what` with `args`. */
static void with_path(const char *path)
{
	if (path) {
		cat3(path_var, "PATH=", path, "");
		environ = child_env;
	} else {
		environ = child_env + 1;
	}
}

static void do_execvp(void)
{
	execvp(what, args);
	_exit(120 + (errno == EACCES) + 2 * (errno == ENOENT));
}

/* Exit status of execvp(what, args) in a child whose PATH is path. */
static int execvp_status(const char *path, const char *file, char *const *argv)
{
	pid_t pid;
	int status = -1;

	what = file;
	args = argv;
	pid = fork();
	if (pid == 0) {
		with_path(path);
		do_execvp();
	}
	status = t_wait(pid);
	return status;
}

/* execvp's errno in a child whose PATH is path (-1 if exec succeeded, -2 if the child failed). */
static int execvp_errno(const char *path, const char *file)
{
	char *argv[] = { (char *)file, NULL };
	int p[2], err = -1;
	pid_t pid;

	pipe(p);
	pid = fork();
	if (pid == 0) {
		with_path(path);
		execvp(file, argv);
		err = errno;
		write(p[1], &err, sizeof err);
		_exit(0);
	}
	close(p[1]);
	read(p[0], &err, sizeof err);
	close(p[0]);
	return t_wait(pid) == 0 ? err : -2;
}

static void do_execl_args(void)
{
	execl("/bin/sh", "sh", "-c", "echo \"$0|$1|$2\"", "zero", "one", "two", (char *)NULL);
	_exit(127);
}

static void do_execle(void)
{
	char *env[] = { "FOO=bar baz", NULL }, *leak[] = { "LEAK=yes", NULL };

	environ = leak;
	execle("/bin/sh", "sh", "-c", "echo \"$FOO|${LEAK-unset}\"", (char *)NULL, env);
	_exit(127);
}

static void do_execlp(void)
{
	environ = child_env;
	cat3(path_var, "PATH=/nonexistent:", "/bin", "");
	execlp("sh", "sh", "-c", "echo lp \"$0\"", (char *)NULL);
	_exit(127);
}

static void do_execvpe(void)
{
	char *argv[] = { "sh", "-c", "echo \"$X\"", NULL }, *env[] = { "X=vpe", NULL };

	execvpe("sh", argv, env);
	_exit(127);
}

static void do_execv(void)
{
	char *argv[] = { "sh", "-c", "exit 3", NULL };

	execv("/bin/sh", argv);
	_exit(127);
}

static void do_script(void)
{
	char *argv[] = { "tdscript", "arg1", NULL };

	execvp(script_args, argv);
	_exit(127);
}

static void do_fexecve(void)
{
	char *argv[] = { "sh", "-c", "exit 6", NULL };

	fexecve(fd_arg, argv, environ);
	_exit(100 + errno);
}

static void path_search(void)
{
	char *sh7[] = { "tdprog", NULL }, buf[256], longname[NAME_MAX + 2];

	T_EXITED("execvp_eacces_then_good_entry",
		 execvp_status(cat3(buf, dir_noexec, ":", dir_good), "tdprog", sh7), 7);
	t_eq("execvp_only_eacces_entry", execvp_errno(dir_noexec, "tdprog"), EACCES);
	t_eq("execvp_eacces_remembered_past_enoent",
	     execvp_errno(cat3(buf, dir_noexec, ":/nonexistent", ""), "tdprog"), EACCES);
	t_eq("execvp_nothing_found_enoent", execvp_errno("/nonexistent:/nonexistent2", "tdprog"), ENOENT);
	t_eq("execvp_file_as_dir_enotdir_skipped", execvp_errno("/dev/null", "tdprog"), ENOENT);
	T_EXITED("execvp_past_file_entry",
		 execvp_status(cat3(buf, "/dev/null:", dir_good, ""), "tdprog", sh7), 7);
	t_eq("execvp_empty_name_enoent", execvp_errno("/bin", ""), ENOENT);
	memset(longname, 'x', sizeof longname - 1);
	longname[sizeof longname - 1] = 0;
	t_eq("execvp_long_name_enametoolong", execvp_errno("/bin", longname), ENAMETOOLONG);
	longname[NAME_MAX] = 0;
	t_eq("execvp_name_max_enoent", execvp_errno("/bin", longname), ENOENT);
	t_eq("execvp_slash_not_searched", execvp_errno(dir_good, "./tdprog"), ENOENT);
	T_EXITED("execvp_slash_name_runs", execvp_status("/nonexistent", prog_good, sh7), 7);
	t_eq("execvp_noexec_by_path_eacces", execvp_errno(dir_good, prog_noexec), EACCES);

	/* Empty elements (leading, trailing, doubled) are the current directory. */
	if (chdir(dir_good) == 0) {
		T_EXITED("execvp_empty_leading_element_cwd", execvp_status(":/nonexistent", "tdprog", sh7), 7);
		T_EXITED("execvp_empty_trailing_element_cwd", execvp_status("/nonexistent:", "tdprog", sh7), 7);
		T_EXITED("execvp_empty_middle_element_cwd", execvp_status("/nonexistent::/x", "tdprog", sh7), 7);
		t_eq("execvp_no_empty_element_no_cwd", execvp_errno("/nonexistent", "tdprog"), ENOENT);
		chdir("/");
	} else {
		t_skip("execvp_empty_element_cwd", "cannot chdir to the scratch directory");
	}

	/* PATH unset: the default, which holds sh. */
	char *shexit[] = { "sh", "-c", "exit 8", NULL };
	T_EXITED("execvp_path_unset_default", execvp_status(NULL, "sh", shexit), 8);
	T_EXITED("execvp_path_empty_is_cwd_only", execvp_status("", "sh", shexit), 122);

	/* ENOEXEC: a file without #! is run by /bin/sh, through the search or by path. */
	char *scr[] = { "tdscript", NULL };
	T_EXITED("execvp_enoexec_runs_sh", execvp_status(dir_script, "tdscript", scr), 9);
	T_EXITED("execvp_enoexec_by_path", execvp_status(NULL, script, scr), 9);
}

int main(void)
{
	char out[512], want[256];
	int fd;

	t_tmpname(dir_noexec, "noexec");
	t_tmpname(dir_good, "good");
	t_tmpname(dir_script, "script");
	syscall(SYS_mkdirat, AT_FDCWD, dir_noexec, 0755);
	syscall(SYS_mkdirat, AT_FDCWD, dir_good, 0755);
	syscall(SYS_mkdirat, AT_FDCWD, dir_script, 0755);
	make_file(cat3(prog_noexec, dir_noexec, "/tdprog", ""), "#!/bin/sh\nexit 1\n", 0644);
	make_file(cat3(prog_good, dir_good, "/tdprog", ""), "#!/bin/sh\nexit 7\n", 0755);
	make_file(cat3(script, dir_script, "/tdscript", ""), "exit 9\n", 0755);
	make_file(cat3(script_args, dir_script, "/tdargs", ""), "echo \"$0:$1\"\n", 0755);

	T_EXITED("execv_status", t_in_child(do_execv), 3);
	t_eq("execl_status", t_capture(do_execl_args, out, sizeof out), 0);
	t_str("execl_argv", out, "zero|one|two\n");
	t_eq("execle_status", t_capture(do_execle, out, sizeof out), 0);
	t_str("execle_envp_only", out, "bar baz|unset\n");
	t_eq("execlp_status", t_capture(do_execlp, out, sizeof out), 0);
	t_str("execlp_searched", out, "lp sh\n");
	t_eq("execvpe_status", t_capture(do_execvpe, out, sizeof out), 0);
	t_str("execvpe_envp", out, "vpe\n");
	t_eq("script_args_status", t_capture(do_script, out, sizeof out), 0);
	t_str("execvp_enoexec_sh_argv", out, cat3(want, script_args, ":arg1\n", ""));
	{
		char *argv[] = { "x", NULL };
		T_ERR("execv_script_enoexec", execv(script, argv), ENOEXEC);
		T_ERR("execv_nonexistent_enoent", execv("/nonexistent/x", argv), ENOENT);
		T_ERR("execl_nonexistent_enoent", execl("/nonexistent/x", "x", (char *)NULL), ENOENT);
		T_ERR("execle_nonexistent_enoent", execle("/nonexistent/x", "x", (char *)NULL, argv),
		      ENOENT);
		T_ERR("execlp_nonexistent_enoent", execlp("/nonexistent/x", "x", (char *)NULL), ENOENT);
		T_ERR("fexecve_bad_fd_ebadf", fexecve(-1, argv, environ), EBADF);
		fd = open("/dev/null", O_RDONLY);
		T_ERR("fexecve_not_executable_eacces", fexecve(fd, argv, environ), EACCES);
		close(fd);
	}
	path_search();

	fd_arg = open("/bin/sh", O_RDONLY);
	T_EXITED("fexecve_runs", t_in_child(do_fexecve), 6);
	close(fd_arg);

	unlink(prog_noexec);
	unlink(prog_good);
	unlink(script);
	unlink(script_args);
	syscall(SYS_unlinkat, AT_FDCWD, dir_noexec, AT_REMOVEDIR);
	syscall(SYS_unlinkat, AT_FDCWD, dir_good, AT_REMOVEDIR);
	syscall(SYS_unlinkat, AT_FDCWD, dir_script, AT_REMOVEDIR);
	return t_done();
}
