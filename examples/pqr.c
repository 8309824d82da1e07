/*
 * P -> Q -> R: P forks Q, Q forks R, and each waits (wait(NULL)) for the
 * one it made.  The order of the lines proves it: R ends before Q goes on,
 * and Q ends before P goes on.  Then the same chain with execl: R's image
 * is replaced by /bin/sh (same pid, new program), and Q's by /bin/echo, so
 * the lines after a successful execl never print.
 */
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static void put(const char *s)
{
	write(STDOUT_FILENO, s, strlen(s));
}

static void put_pid(const char *who, const char *what)
{
	char buf[24], *p = buf + sizeof buf;
	long v = getpid();

	*--p = 0;
	do
		*--p = '0' + v % 10;
	while (v /= 10);
	put(who);
	put(" (pid ");
	put(p);
	put("): ");
	put(what);
	put("\n");
}

static void chain(int use_exec)
{
	put_pid("P", "forks Q");
	if (fork() == 0) {
		put_pid("  Q", "forks R");
		if (fork() == 0) {
			if (use_exec) {
				put_pid("    R", "execl /bin/sh, keeping this pid");
				execl("/bin/sh", "sh", "-c", "echo \"    R (pid $$): now /bin/sh\"", (char *)0);
				put_pid("    R", "execl failed");
				_exit(127);
			}
			put_pid("    R", "works and exits");
			_exit(0);
		}
		wait(NULL);
		if (use_exec) {
			put_pid("  Q", "R is done; execl /bin/echo");
			execl("/bin/echo", "echo", "  Q: now /bin/echo, the last word of Q", (char *)0);
			put_pid("  Q", "execl failed");
			_exit(127);
		}
		put_pid("  Q", "R is done, Q exits");
		_exit(0);
	}
	wait(NULL);
	put_pid("P", "Q is done, P goes on");
}

int main(void)
{
	put("-- fork and wait\n");
	chain(0);
	put("-- with execl replacing R and then Q\n");
	chain(1);
	return 0;
}
