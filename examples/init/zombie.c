/*
 * zombie: leaves a zombie behind on purpose.
 *
 * The child exits with status 3; the parent waits until it is a zombie
 * (waitid with WNOWAIT: the child has ended but is not reaped), says so, and
 * exits without reaping it.  The zombie passes to init, whose job it is now.
 */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	siginfo_t si;
	pid_t pid = fork();

	if (pid < 0) {
		perror("zombie: fork");
		return 1;
	}
	if (pid == 0)
		_exit(3);
	if (waitid(P_PID, pid, &si, WEXITED | WNOWAIT) < 0) {
		perror("zombie: waitid");
		return 1;
	}
	printf("zombie: left %d unreaped (exit %d)\n", (int)pid, si.si_status);
	return 0;
}
