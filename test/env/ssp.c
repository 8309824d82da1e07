/*
 * The stack protector: this file is built with -fstack-protector-strong (the
 * test flags), so a function with a local array checks its canary on return;
 * so is the library, whose frames must check it too.
 */
#include <stdint.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/auxv.h>
#include "t.h"
#include "tls.h"

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

/* Change the canary that live frames saved, from inside a library call. */
static void change_canary(int sig)
{
	(void)sig;
#ifdef CANARY_AT_TP
	*(uintptr_t *)(tls_tp() + CANARY_AT_TP) ^= 0x100;
#else
	__stack_chk_guard ^= 0x100;
#endif
}

/*
 * dprintf formats into a buffer in its own frame and writes it to a pipe with
 * no reader: the SIGPIPE handler changes the canary while that library frame
 * is live, so its check fails when it returns.  No frame of ours returns after
 * the change, so only the library's check can catch it.
 */
static void library_frame(void)
{
	int p[2];

	if (pipe(p) || close(p[0]) || t_raw_handler(SIGPIPE, change_canary))
		_exit(2);
	dprintf(p[1], "%d\n", 42);
	_exit(0);
}

/* Run fn in a child with stdout at /dev/null and the first line of stderr into out. */
static int run_stderr(void (*fn)(void), char *out, size_t size)
{
	int p[2], status;
	pid_t pid;

	/* A kernel without pipe or fork: no child, no text, errno says why. */
	if (pipe(p) || (pid = fork()) < 0) {
		strcpy(out, "no child");
		return -1;
	}
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
#ifdef CANARY_AT_TP
	/* Where the compiler reads it instead of __stack_chk_guard (x86_64: %fs:0x28). */
	t_true("canary_in_tcb", *(uintptr_t *)(tls_tp() + CANARY_AT_TP) == __stack_chk_guard,
	       "the TCB's canary differs from __stack_chk_guard");
#endif

	status = run_stderr(no_smash, out, sizeof out);
	T_EXITED("intact_canary_returns", status, 0);
	t_str("intact_canary_no_message", out, "");

	status = run_stderr(smash, out, sizeof out);
	T_KILLED("smashed_buffer_sigabrt", status, SIGABRT);
	t_str("smashed_buffer_message_on_fd_2", out, "*** stack smashing detected ***: terminated\n");

	status = run_stderr(library_frame, out, sizeof out);
	T_KILLED("library_frame_checks_canary", status, SIGABRT);
	t_str("library_frame_message_on_fd_2", out, "*** stack smashing detected ***: terminated\n");
	return t_done();
}
