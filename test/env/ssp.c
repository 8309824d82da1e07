/*
 * The stack protector: this file is built with -fstack-protector-strong (the
 * test flags), so a function with a local array checks its canary on return.
 */
#include <stdint.h>
#include <fcntl.h>
#include <sys/auxv.h>
#include "t.h"

extern uintptr_t __stack_chk_guard;

/* The byte count comes through a volatile so that gcc cannot see the overflow coming. */
static volatile size_t smash_len = 64, fill_len = 16;

__attribute__((noinline)) static void fill(size_t n)
{
	char buf[16];

	for (size_t i = 0; i < n; i++)
		((volatile char *)buf)[i] = 'A';
	__asm__ __volatile__("" : : "r"(buf) : "memory");
}

static void smash(void)
{
	fill(smash_len);
	t_out("survived the smash\n");
}

static void no_smash(void)
{
	fill(fill_len);
	t_out("fine\n");
}

/* Run fn in a child with stdout at /dev/null and the first line of stderr into out. */
static int run_stderr(void (*fn)(void), char *out, size_t size)
{
	int p[2], status;
	pid_t pid;

	pipe(p);
	pid = fork();
	if (pid == 0) {
		int null = open("/dev/null", O_WRONLY);
		dup2(null, STDOUT_FILENO);
		dup2(p[1], STDERR_FILENO);
		fn();
		_exit(0);
	}
	close(p[1]);
	t_read_all(p[0], out, size);
	close(p[0]);
	/* Only the first line is ours: qemu-user adds one about the signal. */
	if (strchr(out, '\n'))
		strchr(out, '\n')[1] = 0;
	status = t_wait(pid);
	return status;
}

int main(void)
{
	const unsigned char *rnd = (const unsigned char *)getauxval(AT_RANDOM);
	uintptr_t want = 0;
	char out[256];
	int status;

	memcpy(&want, rnd, sizeof want);
	want &= ~(uintptr_t)0xff;
	t_true("canary_from_at_random", __stack_chk_guard == want,
	       "__stack_chk_guard is not AT_RANDOM's first word with its low byte cleared");
	t_true("canary_not_zero", __stack_chk_guard != 0, "__stack_chk_guard is 0");
#ifdef __x86_64__
	uintptr_t tls_canary;
	/* gcc and clang read the x86_64 canary at %fs:0x28, not from __stack_chk_guard. */
	__asm__("mov %%fs:0x28, %0" : "=r"(tls_canary));
	t_true("canary_at_fs_0x28", tls_canary == __stack_chk_guard,
	       "%fs:0x28 differs from __stack_chk_guard");
#endif

	status = run_stderr(no_smash, out, sizeof out);
	T_EXITED("intact_canary_returns", status, 0);
	t_str("intact_canary_no_message", out, "");

	status = run_stderr(smash, out, sizeof out);
	T_KILLED("smashed_buffer_sigabrt", status, SIGABRT);
	t_str("smashed_buffer_message_on_fd_2", out, "*** stack smashing detected ***: terminated\n");
	return t_done();
}
