#define _GNU_SOURCE 1
#include <errno.h>
#include <termios.h>

int cfsetspeed(struct termios *t, speed_t speed)
{
	if (speed & ~(speed_t)CBAUD) {
		errno = EINVAL;
		return -1;
	}
	t->c_cflag = (t->c_cflag & ~(tcflag_t)(CBAUD | CIBAUD)) | speed;
	return 0;
}
