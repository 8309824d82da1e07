/*
 * The harness for freestanding test programs.  Each case prints one line:
 *
 *   12 close_ebadf ........................................ [OK]
 *   13 execve_enoent ...................................... [FAIL] want -1 ENOENT, got 0 (errno 0 -)
 *   14 exec_self .......................................... [SKIP] needs binfmt_misc
 *
 * and t_done() prints "N passed, N failed, N skipped" and gives the exit
 * status.  It writes with write(2) alone so that a test of any area does not
 * lean on stdio, and so that output survives a crash in the code under test.
 */
#ifndef T_H
#define T_H

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>


static int t_case, t_passed, t_failed, t_skipped;

static inline void t_out(const char *s)
{
	write(STDOUT_FILENO, s, strlen(s));
}

static inline void t_num(long long v)
{
	char buf[24], *p = buf + sizeof buf;
	unsigned long long u = v < 0 ? -(unsigned long long)v : (unsigned long long)v;

	*--p = 0;
	do
		*--p = '0' + u % 10;
	while (u /= 10);
	if (v < 0)
		*--p = '-';
	t_out(p);
}

/* GNU's, declared here for tests built without _GNU_SOURCE. */
const char *strerrorname_np(int errnum);

static inline void t_errname(int e)
{
	const char *n = strerrorname_np(e);

	t_out(n ? n : "-");
}

static inline void t_begin(const char *name)
{
	size_t n = strlen(name);

	t_case++;
	if (t_case < 10)
		t_out(" ");
	if (t_case < 100)
		t_out(" ");
	t_num(t_case);
	t_out(" ");
	t_out(name);
	t_out(" ");
	for (; n < 52; n++)
		t_out(".");
	t_out(" ");
}

static inline void t_ok(void)
{
	t_passed++;
	t_out("[OK]\n");
}

/*
 * Built for a kernel whose table lacks calls (test.mak defines
 * T_REDUCED_TABLE for any kernel but Linux), a case that fails with errno
 * ENOSYS needed one of them: it is skipped, saying so, with what it saw.
 * So is every later failing case of the program, which may lean on what
 * the absent call would have made (a descriptor, a child, a file).
 */
static inline void t_fail(void)
{
#ifdef T_REDUCED_TABLE
	static int t_enosys_seen;

	if (errno == ENOSYS || t_enosys_seen) {
		t_skipped++;
		t_out(t_enosys_seen ? "[SKIP] after ENOSYS above: " : "[SKIP] ENOSYS, a call this kernel lacks: ");
		t_enosys_seen = 1;
		return;
	}
#endif
	t_failed++;
	t_out("[FAIL] ");
}

static inline void t_skip(const char *name, const char *why)
{
	t_begin(name);
	t_skipped++;
	t_out("[SKIP] ");
	t_out(why);
	t_out("\n");
}

/* An integer result against its expected value. */
static inline void t_eq(const char *name, long long got, long long want)
{
	t_begin(name);
	if (got == want)
		return t_ok();
#ifdef T_REDUCED_TABLE
	/* A function that returns its error number (posix_spawn) returned ENOSYS. */
	if (got == ENOSYS)
		errno = ENOSYS;
#endif
	t_fail();
	t_out("want ");
	t_num(want);
	t_out(", got ");
	t_num(got);
	t_out("\n");
}

/* A call that must fail with -1 and one exact errno: T_ERR(name, call, E). */
static inline void t_err(const char *name, long got, int err, int want_err)
{
	t_begin(name);
	if (got == -1 && err == want_err)
		return t_ok();
	t_fail();
	t_out("want -1 ");
	t_errname(want_err);
	t_out(", got ");
	t_num(got);
	t_out(" (errno ");
	t_num(err);
	t_out(" ");
	t_errname(err);
	t_out(")\n");
}
#define T_ERR(name, call, want_err) \
	do { errno = 0; long t_r_ = (long)(call); t_err(name, t_r_, errno, want_err); } while (0)

static inline void t_str(const char *name, const char *got, const char *want)
{
	t_begin(name);
	if (got && !strcmp(got, want))
		return t_ok();
	t_fail();
	t_out("want \"");
	t_out(want);
	t_out("\", got ");
	if (got) {
		t_out("\"");
		t_out(got);
		t_out("\"");
	} else {
		t_out("NULL");
	}
	t_out("\n");
}

static inline void t_true(const char *name, int cond, const char *what)
{
	t_begin(name);
	if (cond)
		return t_ok();
	t_fail();
	t_out(what);
	t_out("\n");
}

/*
 * The wait status of child pid, or -1 (no status can pass as an exit or a
 * kill) if there is none to collect.
 */
static inline int t_wait(pid_t pid)
{
	int status;

	while (waitpid(pid, &status, 0) != pid)
		if (pid <= 0 || errno != EINTR)
			return -1;
	return status;
}

/* Run fn in a child and return its wait status, or -1 if fork failed. */
static inline int t_in_child(void (*fn)(void))
{
	pid_t pid = fork();

	if (pid < 0)
		return -1;
	if (pid == 0) {
		fn();
		_exit(0);
	}
	return t_wait(pid);
}

/* Read exactly n bytes (a terminal gives no end of file): n, fewer at end of file, -1 on error. */
static inline ssize_t t_read_n(int fd, void *buf, size_t n)
{
	size_t got = 0;

	while (got < n) {
		ssize_t r = read(fd, (char *)buf + got, n - got);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return r < 0 ? -1 : (ssize_t)got;
		got += (size_t)r;
	}
	return (ssize_t)got;
}

/*
 * Read fd to end of file into buf, NUL-terminated; bytes past size - 1 are
 * read and dropped so that a writer never blocks.  Returns the length kept.
 */
static inline size_t t_read_all(int fd, char *buf, size_t size)
{
	char drop[256];
	size_t len = 0;
	ssize_t n;

	for (;;) {
		if (len + 1 < size)
			n = read(fd, buf + len, size - 1 - len);
		else
			n = read(fd, drop, sizeof drop);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		if (len + 1 < size)
			len += n;
	}
	buf[len] = 0;
	return len;
}

/*
 * Run fn in a child whose stdout and stderr both go into a pipe; the parent
 * collects that text into out (as t_read_all) and returns the wait status,
 * or -1 if pipe, fork or waitpid failed.
 */
static inline int t_capture(void (*fn)(void), char *out, size_t size)
{
	int p[2];
	pid_t pid;

	if (pipe(p))
		return -1;
	pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		close(p[0]);
		dup2(p[1], STDOUT_FILENO);
		dup2(p[1], STDERR_FILENO);
		close(p[1]);
		fn();
		_exit(0);
	}
	close(p[1]);
	t_read_all(p[0], out, size);
	close(p[0]);
	return t_wait(pid);
}

/*
 * A wait status as an exit code or a killing signal.  T_KILLED shows a
 * status that is no kill as -1000 - status, so that it cannot pass.
 */
#define T_EXITED(name, status, code) t_eq(name, (status), ((code) & 0xff) << 8)
#define T_KILLED(name, status, sig) t_killed(name, status, sig)

static inline void t_killed(const char *name, int status, int sig)
{
	t_eq(name, WIFSIGNALED(status) ? WTERMSIG(status) : -1000 - status, sig);
}

/* "/tmp/trapdoor-PID-tag": a scratch path no other test process uses. */
static inline char *t_tmpname(char *buf, const char *tag)
{
	static const char dir[] = "/tmp/trapdoor-";
	char digits[12], *d = digits + sizeof digits;
	unsigned pid = (unsigned)getpid();
	size_t n;

	*--d = 0;
	do
		*--d = '0' + pid % 10;
	while (pid /= 10);
	memcpy(buf, dir, sizeof dir - 1);
	n = sizeof dir - 1;
	memcpy(buf + n, d, strlen(d));
	n += strlen(d);
	buf[n++] = '-';
	memcpy(buf + n, tag, strlen(tag) + 1);
	return buf;
}

/*
 * Install handler for sig (or SIG_DFL, SIG_IGN) with the raw rt_sigaction,
 * so that a test of another area does not lean on the signal API.  x86_64
 * signal frames return through a restorer the caller supplies; aarch64 uses
 * the kernel's (or qemu's) own trampoline.
 */
#define T_SIGSET_BYTES (_NSIG / 8)
#ifdef __mips__
/* mips: the flags first, no restorer (the kernel's trampoline returns). */
struct t_k_sigaction {
	unsigned int flags;
	void (*handler)(int);
	unsigned long mask[T_SIGSET_BYTES / sizeof(unsigned long)];
};
#else
struct t_k_sigaction {
	void (*handler)(int);
	unsigned long flags;
	void (*restorer)(void);
	unsigned long mask[T_SIGSET_BYTES / sizeof(unsigned long)];
};
#endif
#if defined(__x86_64__) && defined(SYS_rt_sigreturn)
#define T_SA_RESTORER 0x04000000
#define T_STR(x) #x
#define T_XSTR(x) T_STR(x)
void t_restore_rt(void);
__asm__(".text\nt_restore_rt:\n\tmov $" T_XSTR(SYS_rt_sigreturn) ", %rax\n\tsyscall\n");
#define T_RESTORER t_restore_rt
#else
#define T_SA_RESTORER 0
#define T_RESTORER 0
#endif

static inline int t_raw_handler(int sig, void (*handler)(int))
{
#ifdef SYS_rt_sigaction
#ifdef __mips__
	struct t_k_sigaction sa = { .handler = handler };
#else
	struct t_k_sigaction sa = { .handler = handler, .flags = T_SA_RESTORER,
				    .restorer = T_RESTORER };
#endif

	return syscall(SYS_rt_sigaction, sig, &sa, 0, T_SIGSET_BYTES);
#else
	/* A kernel table without it (test/kernel/enosys.c). */
	(void)sig;
	(void)handler;
	errno = ENOSYS;
	return -1;
#endif
}

/*
 * Whether this program may execve another binary of its own architecture.
 * Under qemu-user that needs binfmt_misc; the driver says so in TRAPDOOR_EXEC.
 */
static inline int t_can_exec_self(void)
{
	const char *v = getenv("TRAPDOOR_EXEC");

	return !v || strcmp(v, "no") != 0;
}

/*
 * Whether this program runs under qemu-user, which emulates some calls
 * differently (vfork as fork).  The driver says so in TRAPDOOR_RUNNER (empty
 * when native); run by hand under qemu, set it yourself.
 */
static inline int t_under_qemu(void)
{
	const char *v = getenv("TRAPDOOR_RUNNER");

	return v && *v;
}

static inline int t_done(void)
{
	t_num(t_passed);
	t_out(" passed, ");
	t_num(t_failed);
	t_out(" failed, ");
	t_num(t_skipped);
	t_out(" skipped\n");
	return t_failed ? 1 : 0;
}

#endif
