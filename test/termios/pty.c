/*
 * Terminals on a pseudo-terminal pair: termios get/set round trips, the
 * default line discipline's output and echo (which prove the flag values
 * are the kernel's), a raw-mode round trip of all 256 byte values, speeds,
 * window size, the pty calls and forkpty/login_tty, and the errors.  Every
 * read waits for bytes the test itself wrote, so nothing is timed.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <pty.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <utmp.h>
#include "t.h"

/* Reads exactly n bytes from fd (a pty delivers them in pieces). */
static void test_cooked(int m, int s)
{
	struct termios t;
	char buf[16];

	t_eq("tcgetattr", tcgetattr(s, &t), 0);
	t_true("default_flags", (t.c_lflag & (ICANON | ECHO | ISIG)) == (ICANON | ECHO | ISIG) &&
		       (t.c_oflag & (OPOST | ONLCR)) == (OPOST | ONLCR) && (t.c_iflag & ICRNL),
	       "a fresh pty is not in cooked mode with echo");
	t_eq("default_cc_vintr", t.c_cc[VINTR], 3);
	t_eq("default_cc_veof", t.c_cc[VEOF], 4);
	t_eq("default_speed", cfgetospeed(&t), B38400);
	t_eq("default_ispeed", cfgetispeed(&t), B38400);
	/* ONLCR: the slave's newline reaches the master as CR LF. */
	write(s, "ab\n", 3);
	memset(buf, 0, sizeof buf);
	t_eq("onlcr_read", t_read_n(m, buf, 4), 4);
	t_str("onlcr_crlf", buf, "ab\r\n");
	/* ECHO and ICRNL: a line typed on the master echoes back and is read as one line. */
	write(m, "hi\r", 3);
	memset(buf, 0, sizeof buf);
	t_eq("echo_read", t_read_n(m, buf, 4), 4);
	t_str("echo_crlf", buf, "hi\r\n");
	memset(buf, 0, sizeof buf);
	t_eq("icanon_line", read(s, buf, sizeof buf), 3);
	t_str("icrnl_line", buf, "hi\n");
}

static void test_raw(int m, int s)
{
	struct termios t, back;
	unsigned char out[256], in[256];

	tcgetattr(s, &t);
	cfmakeraw(&t);
	t_true("cfmakeraw_flags", !(t.c_lflag & (ICANON | ECHO | ISIG | IEXTEN)) && !(t.c_oflag & OPOST) &&
		       !(t.c_iflag & (ICRNL | IXON | ISTRIP)) && (t.c_cflag & CSIZE) == CS8 &&
		       t.c_cc[VMIN] == 1 && t.c_cc[VTIME] == 0, "not raw");
	t.c_cc[VMIN] = 1;
	t_eq("tcsetattr_raw", tcsetattr(s, TCSAFLUSH, &t), 0);
	memset(&back, 0x55, sizeof back);
	t_eq("tcgetattr_raw", tcgetattr(s, &back), 0);
	t_true("termios_roundtrip", back.c_iflag == t.c_iflag && back.c_oflag == t.c_oflag &&
		       back.c_cflag == t.c_cflag && back.c_lflag == t.c_lflag &&
		       !memcmp(back.c_cc, t.c_cc, __TD_KNCCS), "the settings came back different");
	for (int i = 0; i < 256; i++)
		out[i] = i;
	t_eq("raw_write_master", write(m, out, sizeof out), 256);
	t_eq("raw_read_slave", t_read_n(s, in, sizeof in), 256);
	t_true("raw_bytes_to_slave", !memcmp(in, out, sizeof out), "bytes changed on the way");
	t_eq("raw_write_slave", write(s, out, sizeof out), 256);
	memset(in, 0, sizeof in);
	t_eq("raw_read_master", t_read_n(m, in, sizeof in), 256);
	t_true("raw_bytes_to_master", !memcmp(in, out, sizeof out), "bytes changed on the way");

	cfsetospeed(&t, B9600);
	cfsetispeed(&t, B0);
	t_eq("tcsetattr_speed", tcsetattr(s, TCSANOW, &t), 0);
	tcgetattr(s, &back);
	t_eq("speed_roundtrip", cfgetospeed(&back), B9600);
	t_eq("ispeed_follows_ospeed", cfgetispeed(&back), B9600);
	t_eq("cfsetspeed", cfsetspeed(&t, B115200) || cfgetospeed(&t) != B115200 ||
		       cfgetispeed(&t) != B115200, 0);
	T_ERR("cfsetospeed_einval", cfsetospeed(&t, 0x7fffffff), EINVAL);
	T_ERR("cfsetispeed_einval", cfsetispeed(&t, 0x7fffffff), EINVAL);
	T_ERR("tcsetattr_bad_action", tcsetattr(s, 3, &t), EINVAL);
	t_eq("tcflush", tcflush(s, TCIOFLUSH), 0);
	t_eq("tcdrain", tcdrain(s), 0);
	t_eq("tcflow_ooff", tcflow(s, TCOOFF), 0);
	t_eq("tcflow_oon", tcflow(s, TCOON), 0);
	T_ERR("tcflush_bad_queue", tcflush(s, 7), EINVAL);
}

static void test_pty_calls(void)
{
	struct winsize ws = { 24, 80, 0, 0 }, got;
	char name[32], buf[32];
	int m, s, p[2];

	t_eq("openpty_winsize", openpty(&m, &s, name, 0, &ws), 0);
	t_true("openpty_name", !strncmp(name, "/dev/pts/", 9), name);
	t_str("ptsname", ptsname(m), name);
	t_eq("ptsname_r", ptsname_r(m, buf, sizeof buf), 0);
	t_str("ptsname_r_name", buf, name);
	t_eq("ptsname_r_erange", ptsname_r(m, buf, strlen(name)), ERANGE);
	t_true("isatty_slave", isatty(s), "the slave is no terminal");
	t_eq("tiocgwinsz", ioctl(s, TIOCGWINSZ, &got), 0);
	t_true("winsize_set", got.ws_row == 24 && got.ws_col == 80, "winsize was not set");
	t_eq("grantpt", grantpt(m), 0);
	close(m);
	close(s);

	m = posix_openpt(O_RDWR | O_NOCTTY);
	t_true("posix_openpt", m >= 0, "no master");
	t_eq("posix_openpt_unlockpt", unlockpt(m), 0);
	s = open(ptsname(m), O_RDWR | O_NOCTTY);
	t_true("posix_openpt_slave_opens", s >= 0, "the slave did not open");
	close(s);
	close(m);

	pipe(p);
	T_ERR("tcgetattr_enotty", tcgetattr(p[0], &(struct termios){ 0 }), ENOTTY);
	T_ERR("tcgetattr_ebadf", tcgetattr(-1, &(struct termios){ 0 }), EBADF);
	T_ERR("grantpt_einval", grantpt(p[0]), EINVAL);
	T_ERR("unlockpt_enotty", unlockpt(p[0]), ENOTTY);
	t_eq("ptsname_r_enotty", ptsname_r(p[0], buf, sizeof buf), ENOTTY);
	t_true("ptsname_null", ptsname(p[0]) == 0, "a name for a pipe");
	T_ERR("tcgetsid_enotty", tcgetsid(p[0]), ENOTTY);
	close(p[0]);
	close(p[1]);
}

/*
 * The forkpty child: its terminal must be its controlling one, in its own
 * session (exit 3 if not, 4 if only tcgetsid disagrees).
 */
static void child(void)
{
	if (getsid(0) != getpid() || !isatty(1) || !isatty(0))
		_exit(3);
	if (tcgetsid(0) != getpid())
		_exit(4);
	write(1, "child\n", 6);
	_exit(0);
}

static void test_forkpty(void)
{
	char buf[16];
	int m, status;
	pid_t pid;

	pid = forkpty(&m, 0, 0, 0);
	if (pid == 0)
		child();
	t_true("forkpty", pid > 0, "fork failed");
	memset(buf, 0, sizeof buf);
	status = t_read_n(m, buf, 7);
	if (status == 7 || !t_under_qemu()) {
		t_eq("forkpty_read", status, 7);
		t_str("forkpty_output", buf, "child\r\n");
	}
	status = t_wait(pid);
	if (t_under_qemu() && WIFEXITED(status) && WEXITSTATUS(status) == 4)
		t_skip("forkpty_child_status", "qemu-user answers TIOCGSID wrongly on this target");
	else
		T_EXITED("forkpty_child_status", status, 0);
	close(m);
}

int main(void)
{
	int m, s;

	if (openpty(&m, &s, 0, 0, 0)) {
		t_skip("openpty", "no /dev/ptmx here");
		return t_done();
	}
	test_cooked(m, s);
	test_raw(m, s);
	close(m);
	close(s);
	test_pty_calls();
	test_forkpty();
	return t_done();
}
