/*
 * The built-in syscall trace (configure --enable-trace): this program,
 * linked against a trace build (test/test.mak rebuilds the library objects
 * it uses with the trace), runs itself again with TRAPDOOR_TRACE=FILE and
 * compares the trace with the lines it expects, pointers written 0xX.
 * Under qemu-user it runs itself through the runner, which hands the
 * environment to the program.
 *
 *   trace hi      printf("hi\n")
 *   trace execl   execl of a missing file
 *   trace fork    fork; the child exits 5, the parent waits
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <sys/syscall.h>
#include "t.h"

static const char *self;
static char trace_file[64];
static char traced[4096];
/* The traced image's pid, and its start-up lines (trace_nothing). */
static pid_t traced_pid;
static char startup[512];

static void on_usr1(int sig)
{
	(void)sig;
	getppid();
}

/*
 * Runs self MODE ARG with TRAPDOOR_TRACE=SETTING and its stdout (and stderr
 * when the trace goes there) read into out; its wait status.
 */
static int run_with(const char *setting, const char *mode, const char *arg, char *out, size_t size)
{
	char env0[96] = "TRAPDOOR_TRACE=";
	char *envp[] = { env0, 0 };
	const char *runner = getenv("TRAPDOOR_RUNNER");
	int p[2], status;
	pid_t pid;

	strcat(env0, setting);
	unlink(trace_file);
	if (pipe(p))
		return -1;
	pid = fork();
	if (pid == 0) {
		dup2(p[1], 1);
		if (!strcmp(setting, "1"))
			dup2(p[1], 2);
		close(p[0]);
		close(p[1]);
		if (runner && *runner)
			execvpe(runner, (char *[]){ (char *)runner, (char *)self, (char *)mode,
				    (char *)arg, 0 }, envp);
		else
			execve(self, (char *[]){ (char *)self, (char *)mode, (char *)arg, 0 }, envp);
		_exit(127);
	}
	close(p[1]);
	traced_pid = pid;
	out[t_read_all(p[0], out, size - 1)] = 0;
	close(p[0]);
	status = t_wait(pid);
	return status;
}

static int run_traced(const char *mode, char *out, size_t size)
{
	return run_with(trace_file, mode, 0, out, size);
}

/* text in traced, every 0x... pointer written 0xX. */
static const char *pointers_hidden(const char *raw)
{
	size_t i, j;

	for (i = j = 0; raw[i] && j + 4 < sizeof traced;) {
		if (raw[i] == '0' && raw[i + 1] == 'x') {
			memcpy(traced + j, "0xX", 3);
			j += 3;
			i += 2 + strspn(raw + i + 2, "0123456789abcdef");
		} else {
			traced[j++] = raw[i++];
		}
	}
	traced[j] = 0;
	return traced;
}

/* The trace file, pointers hidden. */
static const char *read_trace(void)
{
	char raw[sizeof traced];
	int fd = open(trace_file, O_RDONLY);

	raw[0] = 0;
	if (fd >= 0) {
		t_read_all(fd, raw, sizeof raw);
		close(fd);
	}
	unlink(trace_file);
	return pointers_hidden(raw);
}

/* What the trace prints for a number argument: decimal, or hex when large. */
static void arg_text(char *buf, size_t size, unsigned long v)
{
	if (v < 65536)
		snprintf(buf, size, "%lu", v);
	else
		snprintf(buf, size, "0xX");
}


/*
 * The image's start-up calls (the thread pointer, on x86_64, i386 and arm)
 * come from a run that does nothing: the lines between its execve and its
 * exit_group, each a call that succeeded.
 */
static void trace_nothing(void)
{
	char out[64], want[256];
	const char *t, *end;
	int status = run_traced("nothing", out, sizeof out);

	t = read_trace();
	t_eq("nothing_status", status, 0);
	snprintf(want, sizeof want, "execve(\"%s\", [\"%s\", \"nothing\"], 0xX /* 1 var */) = 0\n",
		 self, self);
	t_true("nothing_execve_line", !strncmp(t, want, strlen(want)), t);
	t = strchr(t, '\n') ? strchr(t, '\n') + 1 : "";
	end = strstr(t, "exit_group(0) = ?\n");
	t_true("nothing_ends_exit_group", end && !end[strlen("exit_group(0) = ?\n")], t);
	if (!end)
		end = t;
	snprintf(startup, sizeof startup, "%.*s", (int)(end - t), t);
	for (t = startup; *t; t = strchr(t, '\n') + 1)
		if (strncmp(strchr(t, '\n') - 4, " = 0", 4))
			break;
	t_true("startup_calls_succeed", !*t, startup);
}

static void trace_hi(void)
{
	char out[64], want[1024], tcgets[24];
	int status = run_traced("hi", out, sizeof out);

	t_eq("hi_status", status, 0);
	t_str("hi_stdout", out, "hi\n");
	arg_text(tcgets, sizeof tcgets, TIOCGWINSZ);
	snprintf(want, sizeof want,
		 "execve(\"%s\", [\"%s\", \"hi\"], 0xX /* 1 var */) = 0\n"
		 "%s"
		 "ioctl(1, %s, 0xX) = -1 ENOTTY (Inappropriate ioctl for device)\n"
		 "write(1, \"hi\\n\", 3) = 3\n"
		 "exit_group(0) = ?\n", self, self, startup, tcgets);
	t_str("hi_trace", read_trace(), want);
}

static void trace_execl(void)
{
	char out[64], want[1024];
	int status = run_traced("execl", out, sizeof out);

	t_eq("execl_status", status, 3 << 8);
	snprintf(want, sizeof want,
		 "execve(\"%s\", [\"%s\", \"execl\"], 0xX /* 1 var */) = 0\n"
		 "%s"
		 "execve(\"/nonexistent/td-trace\", [\"td-trace\"], 0xX /* 1 var */) = "
		 "-1 ENOENT (No such file or directory)\n"
		 "exit_group(3) = ?\n", self, self, startup);
	t_str("execl_trace", read_trace(), want);
}

/* Of the lines after the start-up, those of one process, prefix removed. */
static void lines_of(const char *t, long pid, char *buf, size_t size)
{
	char prefix[32];
	size_t n = 0, len;

	snprintf(prefix, sizeof prefix, "[pid %ld] ", pid);
	buf[0] = 0;
	for (; *t; t = strchr(t, '\n') + 1) {
		len = strchr(t, '\n') + 1 - t;
		if (strncmp(t, prefix, strlen(prefix)) || n + len >= size)
			continue;
		memcpy(buf + n, t + strlen(prefix), len - strlen(prefix));
		n += len - strlen(prefix);
		buf[n] = 0;
	}
}

/* After fork every line of both processes names its pid. */
static void trace_fork(void)
{
	char out[64], head[512], want[512], got[512], call[64], sigchld[24];
	const char *t, *p;
	long child = 0;
	int status = run_traced("fork", out, sizeof out);

	t = read_trace();
	t_eq("fork_status", status, 0);
	snprintf(head, sizeof head, "execve(\"%s\", [\"%s\", \"fork\"], 0xX /* 1 var */) = 0\n%s",
		 self, self, startup);
	t_true("fork_startup_unprefixed", !strncmp(t, head, strlen(head)), t);
	if (!strncmp(t, head, strlen(head)))
		t += strlen(head);
	for (p = t; *p; p = strchr(p, '\n') + 1)
		if (!strncmp(p, "[pid ", 5) && strtol(p + 5, 0, 10) != traced_pid)
			child = strtol(p + 5, 0, 10);
#ifdef SYS_fork
	snprintf(call, sizeof call, "fork()");
#else
	arg_text(sigchld, sizeof sigchld, SIGCHLD);
	snprintf(call, sizeof call, "clone(%s, 0, 0, 0, 0)", sigchld);
#endif
	(void)sigchld;
	snprintf(want, sizeof want, "%s = %ld\nwait4(%ld, 0xX, 0, 0) = %ld\nexit_group(0) = ?\n",
		 call, child, child, child);
	lines_of(t, traced_pid, got, sizeof got);
	t_str("fork_parent_lines", got, want);
	snprintf(want, sizeof want, "%s = 0\nexit_group(5) = ?\n", call);
	lines_of(t, child, got, sizeof got);
	t_str("fork_child_lines", got, want);
	for (p = t; *p && !strncmp(p, "[pid ", 5); p = strchr(p, '\n') + 1)
		;
	t_true("fork_every_line_prefixed", !*p, t);
}

/* The lines of want appear in text in their order (others between). */
static int in_order(const char *text, const char *want)
{
	char line[256];
	const char *nl;

	for (; *want; want = nl + 1) {
		nl = strchr(want, '\n');
		snprintf(line, sizeof line, "\n%.*s", (int)(nl + 1 - want), want);
		text = strstr(text, line);
		if (!text)
			return 0;
		text++;
	}
	return 1;
}

static void trace_to_stderr(void)
{
	char out[1024], want[1024], winsz[24];
	int status = run_with("1", "hi", 0, out, sizeof out);

	t_eq("stderr_status", status, 0);
	arg_text(winsz, sizeof winsz, TIOCGWINSZ);
	snprintf(want, sizeof want,
		 "execve(\"%s\", [\"%s\", \"hi\"], 0xX /* 1 var */) = 0\n"
		 "%s"
		 "ioctl(1, %s, 0xX) = -1 ENOTTY (Inappropriate ioctl for device)\n"
		 "hi\n"
		 "write(1, \"hi\\n\", 3) = 3\n"
		 "exit_group(0) = ?\n", self, self, startup, winsz);
	t_str("stderr_trace", pointers_hidden(out), want);
}

/* Long strings shortened, open flags by name, a handler's calls, vfork. */
static void trace_misc(void)
{
	char out[64], want[1024], path[64], large[40];
	const char *t;
	int status, fd;

	snprintf(path, sizeof path, "%s-file", trace_file);
	status = run_with(trace_file, "misc", path, out, sizeof out);
	unlink(path);
	t = read_trace();
	t_eq("misc_status", status, 0);
	fd = atoi(out);
	snprintf(large, sizeof large, "%s", O_LARGEFILE ? "|O_LARGEFILE" : "");
	snprintf(want, sizeof want,
		 "openat(AT_FDCWD, \"/nonexistent/0123456789012345678\"..., O_RDONLY%s|O_CLOEXEC) = "
		 "-1 ENOENT (No such file or directory)\n"
		 "openat(AT_FDCWD, \"%s\", O_WRONLY|O_CREAT|O_TRUNC%s, 0640) = %d\n"
		 "write(%d, \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"..., 40) = 40\n"
		 "close(%d) = 0\n"
		 "getppid() = %ld\n", large, path, large, fd, fd, fd, (long)getpid());
	t_true("misc_open_write_close_handler", in_order(t, want), t);
	t_true("misc_vfork_child_prefixed", strstr(t, "] exit_group(6) = ?\n") != 0, t);
}

/* The traced side of trace_misc. */
static int misc(const char *path)
{
	char a[40];
	struct sigaction sa = { .sa_handler = on_usr1 };
	int fd, status;
	pid_t pid;

	if (open("/nonexistent/012345678901234567890123456789", O_RDONLY | O_CLOEXEC) != -1)
		return 1;
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0640);
	memset(a, 'a', sizeof a);
	if (fd < 0 || write(fd, a, sizeof a) != sizeof a || close(fd))
		return 2;
	printf("%d\n", fd);
	if (sigaction(SIGUSR1, &sa, 0) || raise(SIGUSR1))
		return 3;
	pid = vfork();
	if (pid == 0)
		_exit(6);
	if (waitpid(pid, &status, 0) != pid || status != 6 << 8)
		return 4;
	return 0;
}

int main(int argc, char **argv)
{
	if (argc > 2 && !strcmp(argv[1], "misc"))
		return misc(argv[2]);
	if (argc > 1 && !strcmp(argv[1], "nothing"))
		return 0;
	if (argc > 1 && !strcmp(argv[1], "hi")) {
		printf("hi\n");
		return 0;
	}
	if (argc > 1 && !strcmp(argv[1], "execl")) {
		execl("/nonexistent/td-trace", "td-trace", (char *)0);
		return errno == ENOENT ? 3 : 4;
	}
	if (argc > 1 && !strcmp(argv[1], "fork")) {
		pid_t pid = fork();
		if (pid == 0)
			_exit(5);
		return t_wait(pid) == 5 << 8 ? 0 : 1;
	}
	self = argv[0];
	t_tmpname(trace_file, "trace");
	trace_nothing();
	trace_hi();
	trace_execl();
	trace_fork();
	trace_to_stderr();
	trace_misc();
	return t_done();
}
