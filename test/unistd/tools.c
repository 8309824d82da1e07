/*
 * What system tools (getty, login, mount, stty, who) use beyond POSIX:
 * getpass, vhangup, readahead, getpriority/setpriority, the _IO* request encoding and BLK* requests,
 * <utmpx.h>/<utmp.h>'s layout and empty database, <paths.h>,
 * <sys/ttydefaults.h> and the *_NAME_MAX limits.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <paths.h>
#include <pty.h>
#include <stddef.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/ttydefaults.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>
#include <utmp.h>
#include <utmpx.h>
#include "t.h"

/* The child of a getpass case: exit 0 when getpass gave want. */
static void getpass_child(const char *prompt, const char *want)
{
	char *p = getpass(prompt);

	_exit(p && !strcmp(p, want) ? 0 : p ? 1 : 2);
}

/* On a terminal: the prompt, no echo of the answer, then a newline. */
static void test_getpass_tty(void)
{
	char buf[32] = "";
	int m;
	pid_t pid = forkpty(&m, 0, 0, 0);

	if (pid == 0)
		getpass_child("Password: ", "s3cret");
	t_true("getpass_forkpty", pid > 0, "fork failed");
	if (pid < 0)
		return;
	t_eq("getpass_prompt_read", t_read_n(m, buf, 10), 10);
	t_str("getpass_prompt", buf, "Password: ");
	write(m, "s3cret\n", 7);
	memset(buf, 0, sizeof buf);
	t_eq("getpass_no_echo_read", t_read_n(m, buf, 2), 2);
	t_str("getpass_no_echo", buf, "\r\n");
	T_EXITED("getpass_tty_answer", t_wait(pid), 0);
	close(m);
}

/*
 * Without a terminal (a new session has none): standard input is read, the
 * prompt goes to standard error, a long answer is cut to 127 bytes.
 */
static void getpass_piped(const char *name, const char *input, const char *want)
{
	char err[16] = "";
	int in[2], out[2];
	pid_t pid;

	if (pipe(in) || pipe(out))
		return;
	write(in[1], input, strlen(input));
	close(in[1]);
	pid = fork();
	if (pid == 0) {
		setsid();
		dup2(in[0], 0);
		dup2(out[1], 2);
		getpass_child("P:", want);
	}
	close(in[0]);
	close(out[1]);
	T_EXITED(name, t_wait(pid), 0);
	t_read_all(out[0], err, sizeof err);
	t_str("getpass_prompt_to_stderr", err, "P:");
	close(out[0]);
}

static void test_getpass_pipe(void)
{
	char line[202], want[128];

	getpass_piped("getpass_stdin", "abc\nrest\n", "abc");
	getpass_piped("getpass_eof_empty", "", "");
	memset(line, 'x', 200);
	line[200] = '\n';
	line[201] = 0;
	memset(want, 'x', 127);
	want[127] = 0;
	getpass_piped("getpass_long_cut", line, want);
}

/* vhangup hangs up the controlling terminal: in a new session there is none. */
static void test_vhangup(void)
{
	pid_t pid = fork();

	if (pid == 0) {
		setsid();
		if (geteuid() == 0)
			_exit(vhangup() == 0 ? 0 : 1);
		_exit(vhangup() == -1 && errno == EPERM ? 0 : 1);
	}
	T_EXITED("vhangup_root_or_eperm", t_wait(pid), 0);
}

/*
 * In a child: a nice value one higher, read back; back to the old one only
 * with privilege (EACCES without).  The nice value may be -1 itself: errno tells.
 */
static void priority_child(void)
{
	int base;

	errno = 0;
	base = getpriority(PRIO_PROCESS, 0);
	if (errno || base > NZERO - 2 || base < -NZERO)
		_exit(1);
	if (setpriority(PRIO_PROCESS, 0, base + 1) || getpriority(PRIO_PROCESS, getpid()) != base + 1)
		_exit(2);
	if (geteuid() == 0 ? setpriority(PRIO_PROCESS, 0, base) != 0 || getpriority(PRIO_PROCESS, 0) != base
			   : setpriority(PRIO_PROCESS, 0, base) != -1 || errno != EACCES)
		_exit(3);
	_exit(0);
}

static void test_priority(void)
{
	pid_t pid = fork();

	if (pid == 0)
		priority_child();
	T_EXITED("priority_set_get", t_wait(pid), 0);
	T_ERR("getpriority_bad_which", getpriority(99, 0), EINVAL);
	T_ERR("setpriority_bad_which", setpriority(99, 0, 0), EINVAL);
	T_ERR("getpriority_no_such_pid", getpriority(PRIO_PROCESS, 0x7ffffff0), ESRCH);
}

static void test_readahead(void)
{
	char name[64];
	int fd = open(t_tmpname(name, "readahead"), O_RDWR | O_CREAT | O_TRUNC, 0600), p[2];

	write(fd, "data", 4);
	t_eq("readahead_file", readahead(fd, 0, 4096), 0);
	t_eq("readahead_past_4g", readahead(fd, 0x100000000LL, 4096), 0);
	T_ERR("readahead_ebadf", readahead(-1, 0, 1), EBADF);
	T_ERR("blkgetsize64_on_file_enotty", ioctl(fd, BLKGETSIZE64, &(unsigned long long){ 0 }), ENOTTY);
	if (pipe(p) == 0) {
		T_ERR("readahead_pipe_einval", readahead(p[0], 0, 1), EINVAL);
		close(p[0]);
		close(p[1]);
	}
	close(fd);
	unlink(name);
}

/* The encoding checked against requests this arch's headers spell as numbers. */
static void test_ioc(void)
{
	t_eq("ioc_tiocgptn", _IOR('T', 0x30, unsigned int), TIOCGPTN);
	t_eq("ioc_tiocsptlck", _IOW('T', 0x31, int), TIOCSPTLCK);
	t_eq("ioc_dir_read", _IOC_DIR(TIOCGPTN), _IOC_READ);
	t_eq("ioc_type", _IOC_TYPE(TIOCGPTN), 'T');
	t_eq("ioc_nr", _IOC_NR(TIOCGPTN), 0x30);
	t_eq("ioc_size", _IOC_SIZE(TIOCGPTN), sizeof(unsigned int));
	/* The kernel's numbers: mips and powerpc put "none" in a direction bit and "read" lower. */
#if defined(__mips__) || defined(__powerpc__)
	t_eq("ioc_blkflsbuf", BLKFLSBUF, 0x20001261);
	t_eq("ioc_blkgetsize64", BLKGETSIZE64, 0x40001272u | (unsigned)sizeof(size_t) << 16);
#else
	t_eq("ioc_blkflsbuf", BLKFLSBUF, 0x1261);
	t_eq("ioc_blkgetsize64", BLKGETSIZE64, 0x80001272u | (unsigned)sizeof(size_t) << 16);
#endif
}

static void test_utmp(void)
{
	struct utmpx ux = { .ut_type = USER_PROCESS };

	t_eq("utmpx_size", sizeof(struct utmpx), 384);
	t_eq("utmp_size", sizeof(struct utmp), 384);
	t_eq("utmpx_host_at", offsetof(struct utmpx, ut_host), 76);
	t_eq("utmpx_tv_at", offsetof(struct utmpx, ut_tv), 340);
	t_eq("lastlog_size", sizeof(struct lastlog), 292);
	setutxent();
	t_true("getutxent_none", getutxent() == NULL, "a record");
	t_true("pututxline_none", pututxline(&ux) == NULL, "written");
	endutxent();
	t_eq("utmpname", utmpname(_PATH_WTMP), 0);
	t_true("getutent_none", getutent() == NULL, "a record");
}

static void test_constants(void)
{
	t_eq("host_name_max", HOST_NAME_MAX, sysconf(_SC_HOST_NAME_MAX));
	t_eq("login_name_max", LOGIN_NAME_MAX, 256);
	t_eq("tty_name_max", TTY_NAME_MAX, 32);
	t_eq("nzero", NZERO, 20);
	t_eq("posix_path_max", _POSIX_PATH_MAX, 256);
	t_eq("re_dup_max_is_sysconf", RE_DUP_MAX, sysconf(_SC_RE_DUP_MAX));
	t_str("path_bshell", _PATH_BSHELL, "/bin/sh");
	t_str("path_dev_slash", _PATH_DEV, "/dev/");
	t_eq("ctrl_c", CTRL('c'), 3);
	t_eq("ceof_is_veof_default", CEOF, 4);
	t_eq("ttydef_speed", TTYDEF_SPEED, B9600);
}

int main(void)
{
	test_getpass_tty();
	test_getpass_pipe();
	test_vhangup();
	test_priority();
	test_readahead();
	test_ioc();
	test_utmp();
	test_constants();
	return t_done();
}
