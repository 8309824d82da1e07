/*
 * The forking factorial of the seed lecture: one fork() before the call,
 * so two processes, each with its own copy of memory, compute fac(2) and
 * print "fac(2) = 2": the line appears twice.  The parent waits, so that
 * the child's line is not left behind after the shell prompt returns.
 */
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static int fac(int n)
{
	return n <= 1 ? 1 : n * fac(n - 1);
}

int main(void)
{
	char line[] = "fac(2) = ?\n";
	pid_t pid = fork();

	line[9] = '0' + fac(2);
	write(STDOUT_FILENO, line, strlen(line));
	if (pid > 0)
		waitpid(pid, NULL, 0);
	return 0;
}
