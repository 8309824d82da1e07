/*
 * abort: the process dies by SIGABRT whatever it did to SIGABRT first.
 * Handlers are installed with raw rt_sigaction (t_raw_handler) so that this
 * test does not depend on the signal API it is not about.
 */
#include <fcntl.h>
#include <sys/syscall.h>
#include "t.h"

static void returning_handler(int sig)
{
	t_out(sig == SIGABRT ? "H" : "?");
}

static void said_bye(void)
{
	t_out("atexit ran");
}

/*
 * The children's stdout is what the cases compare; stderr goes to /dev/null,
 * where qemu-user reports the signal that killed its guest.
 */
static void quiet_stderr(void)
{
	int fd = open("/dev/null", O_WRONLY);

	dup2(fd, STDERR_FILENO);
	close(fd);
}

static void plain(void)
{
	abort();
}

static void blocked(void)
{
	unsigned long set[T_SIGSET_BYTES / sizeof(unsigned long)] = { 1UL << (SIGABRT - 1) };

	quiet_stderr();
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, set, 0, T_SIGSET_BYTES);
	abort();
}

static void ignored(void)
{
	quiet_stderr();
	t_raw_handler(SIGABRT, SIG_IGN);
	abort();
}

static void caught(void)
{
	quiet_stderr();
	t_raw_handler(SIGABRT, returning_handler);
	abort();
}

static void caught_and_blocked(void)
{
	quiet_stderr();
	t_raw_handler(SIGABRT, returning_handler);
	blocked();
}

static void skips_atexit(void)
{
	quiet_stderr();
	atexit(said_bye);
	abort();
}

int main(void)
{
	char out[64];
	int status;

	status = t_capture(plain, out, sizeof out);
	T_KILLED("abort_sigabrt", status, SIGABRT);

	status = t_capture(blocked, out, sizeof out);
	T_KILLED("abort_with_sigabrt_blocked", status, SIGABRT);

	status = t_capture(ignored, out, sizeof out);
	T_KILLED("abort_with_sigabrt_ignored", status, SIGABRT);

	status = t_capture(caught, out, sizeof out);
	T_KILLED("abort_with_returning_handler", status, SIGABRT);
	t_str("abort_handler_ran_once", out, "H");

	status = t_capture(caught_and_blocked, out, sizeof out);
	T_KILLED("abort_with_handler_and_blocked", status, SIGABRT);

	status = t_capture(skips_atexit, out, sizeof out);
	T_KILLED("abort_with_atexit_handler", status, SIGABRT);
	t_str("abort_skips_atexit_handlers", out, "");
	return t_done();
}
