#define _DEFAULT_SOURCE
#include <fcntl.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include "fcntl_impl.h"
#include "termios_impl.h"
#include "unistd_impl.h"

/* Longer answers are read to their end and cut to this, as BSD's PASS_MAX. */
static char pass[128];

/* One line from fd without its newline: its length, or -1 on a read error. */
static ssize_t read_line(int fd)
{
	size_t len = 0;
	ssize_t n;
	char c;

	while ((n = __read(fd, &c, 1)) == 1 && c != '\n')
		if (len < sizeof pass - 1)
			pass[len++] = c;
	pass[len] = 0;
	return n < 0 ? -1 : (ssize_t)len;
}

/*
 * The terminal (/dev/tty) is asked, without echo or signals; without one,
 * standard input is read and the prompt goes to standard error.
 */
char *getpass(const char *prompt)
{
	struct termios old, quiet;
	int tty = __open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
	int in = tty >= 0 ? tty : 0, out = tty >= 0 ? tty : 2;
	int restore = __tcgetattr(in, &old) == 0;
	ssize_t r;

	if (restore) {
		quiet = old;
		quiet.c_lflag &= ~(tcflag_t)(ECHO | ISIG);
		quiet.c_lflag |= ICANON;
		__tcsetattr(in, TCSAFLUSH, &quiet);
	}
	__write(out, prompt, strlen(prompt));
	r = read_line(in);
	if (restore) {
		__tcsetattr(in, TCSAFLUSH, &old);
		__write(out, "\n", 1);
	}
	if (tty >= 0)
		__close(tty);
	return r < 0 ? NULL : pass;
}
