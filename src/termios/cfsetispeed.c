#define _GNU_SOURCE 1
#include <errno.h>
#include <termios.h>

/* B0 keeps the input speed equal to the output speed (POSIX). */
int cfsetispeed(struct termios *t, speed_t speed)
{
	if (speed & ~(speed_t)CBAUD) {
		errno = EINVAL;
		return -1;
	}
	t->c_cflag = (t->c_cflag & ~(tcflag_t)CIBAUD) | (tcflag_t)speed << IBSHIFT;
	return 0;
}
