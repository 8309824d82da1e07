/*
 * _Exit and abort when the kernel refuses the calls they rely on (a kernel
 * without them, a seccomp filter): _Exit falls back to exit, then to a trap;
 * abort to kill, then to a trap.  Never a spin.  The refusals come from a
 * seccomp filter in the child, which qemu-user does not let a guest install.
 */
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include "t.h"

/* The kernel's classic BPF and seccomp ABI (linux/filter.h, linux/seccomp.h). */
struct t_sock_filter {
	unsigned short code;
	unsigned char jt, jf;
	unsigned int k;
};
struct t_sock_fprog {
	unsigned short len;
	struct t_sock_filter *filter;
};
#define T_BPF_LD_W_ABS 0x20
#define T_BPF_JEQ_K 0x15
#define T_BPF_RET_K 0x06
#define T_SECCOMP_MODE_FILTER 2
#define T_SECCOMP_RET_ALLOW 0x7fff0000u
#define T_SECCOMP_RET_ERRNO 0x00050000u
#define T_SECCOMP_DATA_NR 0

/*
 * From here on, syscalls a and b fail with ENOSYS.  A child that spins
 * instead of exiting is killed by SIGXCPU after a second of CPU time, so a
 * broken fallback fails the case rather than hanging the suite; a trap
 * leaves no core file.
 */
static void refuse(long a, long b)
{
	struct t_sock_filter code[] = {
		{ T_BPF_LD_W_ABS, 0, 0, T_SECCOMP_DATA_NR },
		{ T_BPF_JEQ_K, 2, 0, (unsigned)a },
		{ T_BPF_JEQ_K, 1, 0, (unsigned)b },
		{ T_BPF_RET_K, 0, 0, T_SECCOMP_RET_ALLOW },
		{ T_BPF_RET_K, 0, 0, T_SECCOMP_RET_ERRNO | ENOSYS },
	};
	struct t_sock_fprog prog = { sizeof code / sizeof *code, code };
	struct rlimit cpu = { 1, 1 }, core = { 0, 0 };

	if (setrlimit(RLIMIT_CPU, &cpu) || setrlimit(RLIMIT_CORE, &core) ||
	    prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) ||
	    prctl(PR_SET_SECCOMP, T_SECCOMP_MODE_FILTER, &prog, 0, 0))
		_exit(100);
}

static void exit_without_exit_group(void)
{
	refuse(SYS_exit_group, SYS_exit_group);
	_Exit(7);
}

static void exit_without_any_exit(void)
{
	refuse(SYS_exit_group, SYS_exit);
	_Exit(7);
}

static void abort_without_tgkill(void)
{
	refuse(SYS_tgkill, SYS_tgkill);
	abort();
}

static void abort_without_gettid(void)
{
	refuse(SYS_gettid, SYS_gettid);
	abort();
}

static void abort_without_any_kill(void)
{
	refuse(SYS_tgkill, SYS_kill);
	abort();
}

/* A status that says: killed by the trap __builtin_trap makes (SIGILL or SIGTRAP by arch). */
static void t_trapped(const char *name, int status)
{
	int sig = WIFSIGNALED(status) ? WTERMSIG(status) : 0;

	t_begin(name);
	if (sig == SIGILL || sig == SIGTRAP)
		return t_ok();
	t_fail();
	t_out("want killed by SIGILL or SIGTRAP, got status ");
	t_num(status);
	t_out("\n");
}

int main(void)
{
	static const char *const names[] = {
		"_Exit_without_exit_group_exits", "_Exit_without_any_exit_traps",
		"abort_without_tgkill_sigabrt", "abort_without_gettid_sigabrt",
		"abort_without_any_kill_traps",
	};

	if (t_under_qemu()) {
		for (size_t i = 0; i < sizeof names / sizeof *names; i++)
			t_skip(names[i], "qemu-user refuses a guest's seccomp filter");
		return t_done();
	}
	T_EXITED(names[0], t_in_child(exit_without_exit_group), 7);
	t_trapped(names[1], t_in_child(exit_without_any_exit));
	T_KILLED(names[2], t_in_child(abort_without_tgkill), SIGABRT);
	T_KILLED(names[3], t_in_child(abort_without_gettid), SIGABRT);
	t_trapped(names[4], t_in_child(abort_without_any_kill));
	return t_done();
}
