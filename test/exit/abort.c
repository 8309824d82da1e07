/*
 * abort: the process dies by SIGABRT whatever it did to SIGABRT first.
 * Handlers are installed with raw rt_sigaction so that this test does not
 * depend on the signal API it is not about.
 */
#include <fcntl.h>
#include <sys/syscall.h>
#include "t.h"

#define SIGSET_BYTES (_NSIG / 8)

struct k_sigaction {
	void (*handler)(int);
	unsigned long flags;
	void (*restorer)(void);
	unsigned long mask[SIGSET_BYTES / sizeof(unsigned long)];
};

#ifdef __x86_64__
/* x86_64 signal frames return through a restorer the caller supplies. */
#define SA_RESTORER 0x04000000
#define STR(x) #x
#define XSTR(x) STR(x)
void t_restore_rt(void);
__asm__(".text\nt_restore_rt:\n\tmov $" XSTR(SYS_rt_sigreturn) ", %rax\n\tsyscall\n");
#define RESTORER t_restore_rt
#else
#define SA_RESTORER 0
#define RESTORER 0
#endif

static void set_handler(void (*fn)(int))
{
	struct k_sigaction sa = { .handler = fn, .flags = SA_RESTORER, .restorer = RESTORER };

	syscall(SYS_rt_sigaction, SIGABRT, &sa, 0, SIGSET_BYTES);
}

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
	unsigned long set[SIGSET_BYTES / sizeof(unsigned long)] = { 1UL << (SIGABRT - 1) };

	quiet_stderr();
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, set, 0, SIGSET_BYTES);
	abort();
}

static void ignored(void)
{
	quiet_stderr();
	set_handler(SIG_IGN);
	abort();
}

static void caught(void)
{
	quiet_stderr();
	set_handler(returning_handler);
	abort();
}

static void caught_and_blocked(void)
{
	quiet_stderr();
	set_handler(returning_handler);
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
