/*
 * step PROG ARG...: runs PROG under ptrace, one instruction at a time, and
 * prints how many user-mode instructions it executed (the vDSO's included,
 * which callgrind cannot count: valgrind offers the guest no vDSO).
 */
#include <stdio.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	unsigned long long steps = 0;
	int status;
	pid_t pid;

	if (argc < 2)
		return fprintf(stderr, "usage: step PROG ARG...\n"), 2;
	pid = fork();
	if (pid == 0) {
		ptrace(PTRACE_TRACEME, 0, 0, 0);
		execv(argv[1], argv + 1);
		_exit(127);
	}
	if (waitpid(pid, &status, 0) != pid || !WIFSTOPPED(status))
		return 1;
	while (ptrace(PTRACE_SINGLESTEP, pid, 0, 0) == 0 && waitpid(pid, &status, 0) == pid && WIFSTOPPED(status))
		steps++;
	printf("%llu\n", steps);
	return !WIFEXITED(status) || WEXITSTATUS(status) != 0;
}
