/* ptrace: a traced child stopped, a word peeked and poked, continued. */
#include <errno.h>
#include <signal.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include "t.h"

static volatile long shared = 0x1234;

static void traced(void)
{
	if (ptrace(PTRACE_TRACEME, 0, 0, 0))
		_exit(1);
	raise(SIGSTOP);
	_exit(shared == 0x5678 ? 0 : 2);
}

int main(void)
{
	pid_t pid;
	int status;

	if (t_under_qemu()) {
		t_skip("ptrace", "qemu-user does not emulate ptrace (ENOSYS)");
		return t_done();
	}
	pid = fork();
	if (pid == 0)
		traced();
	t_eq("waitpid_stopped", waitpid(pid, &status, 0), pid);
	t_true("stopped_by_sigstop", WIFSTOPPED(status) && WSTOPSIG(status) == SIGSTOP, "not stopped");
	errno = 0;
	t_eq("peekdata", ptrace(PTRACE_PEEKDATA, pid, (void *)&shared, 0), 0x1234);
	t_eq("peekdata_errno", errno, 0);
	t_eq("pokedata", ptrace(PTRACE_POKEDATA, pid, (void *)&shared, (void *)0x5678), 0);
	t_eq("peek_after_poke", ptrace(PTRACE_PEEKDATA, pid, (void *)&shared, 0), 0x5678);
	T_ERR("peek_bad_address_eio", ptrace(PTRACE_PEEKDATA, pid, (void *)8, 0), EIO);
	t_eq("cont", ptrace(PTRACE_CONT, pid, 0, 0), 0);
	T_EXITED("child_saw_poke", t_wait(pid), 0);
	T_ERR("ptrace_esrch", ptrace(PTRACE_CONT, 0x3ffffff0, 0, 0), ESRCH);
	return t_done();
}
