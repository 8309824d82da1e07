/*
 * orphans N: leaves N orphaned grandchildren behind for init to reap.
 *
 * A middle child starts the grandchildren, prints their pids and exits; the
 * kernel re-parents them to init (PID 1 here).  Each grandchild waits for
 * its parent to be gone -- the end of a pipe whose writing side only the
 * middle child holds -- then exits with status 40 + its index, so init's
 * log shows which one it reaped.
 */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_ORPHANS 16

static void grandchild(int fd, int index)
{
	char c;

	while (read(fd, &c, 1) > 0)
		;
	_exit(40 + index);
}

static void middle(int n)
{
	pid_t pids[MAX_ORPHANS];
	int p[2];

	if (pipe(p) < 0)
		_exit(1);
	for (int i = 0; i < n; i++) {
		pids[i] = fork();
		if (pids[i] < 0)
			_exit(1);
		if (pids[i] == 0) {
			close(p[1]);
			grandchild(p[0], i);
		}
	}
	printf("orphans: left %d:", n);
	for (int i = 0; i < n; i++)
		printf(" %d", (int)pids[i]);
	printf("\n");
	fflush(stdout);
	_exit(0);
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 3, status;
	pid_t pid;

	if (n < 1 || n > MAX_ORPHANS) {
		fprintf(stderr, "usage: orphans [1..%d]\n", MAX_ORPHANS);
		return 2;
	}
	pid = fork();
	if (pid < 0) {
		perror("orphans: fork");
		return 1;
	}
	if (pid == 0)
		middle(n);
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status)) {
		fprintf(stderr, "orphans: middle child failed\n");
		return 1;
	}
	return 0;
}
