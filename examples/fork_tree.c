/*
 * The fork tree of the seed lecture:
 *
 *	if (fork() == 0)	A
 *		fork();		B	(in A's child)
 *	else {
 *		fork();		C	(in the parent)
 *		fork();		D	(in the parent and in C's child)
 *	}
 *	print "Hello"
 *
 * A makes 2 processes; B doubles the child side (2), C and D double the
 * parent side twice (4): exactly six processes print Hello.  Each one also
 * drops a byte into a pipe, and the first process counts them once every
 * process has waited for its own children.  Output uses write(2): stdio's
 * buffer would be copied by fork and could print a line twice.
 */
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static void put(const char *s)
{
	write(STDOUT_FILENO, s, strlen(s));
}

int main(void)
{
	char counted[16], digit[2] = { 0, 0 };
	pid_t first = getpid();
	int p[2];
	ssize_t n;

	pipe(p);
	if (fork() == 0) {
		fork();
	} else {
		fork();
		fork();
	}
	put("Hello\n");
	write(p[1], "h", 1);
	while (wait(NULL) > 0)
		;
	if (getpid() != first)
		return 0;
	close(p[1]);
	n = read(p[0], counted, sizeof counted);
	digit[0] = '0' + (n > 0 && n < 10 ? n : 0);
	put(digit);
	put(" processes said Hello\n");
	return n == 6 ? 0 : 1;
}
