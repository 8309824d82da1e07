#define _GNU_SOURCE 1
#include <termios.h>

/* An input speed of B0 in CIBAUD means "the output speed", as the kernel reads it. */
speed_t cfgetispeed(const struct termios *t)
{
	speed_t in = (t->c_cflag & CIBAUD) >> IBSHIFT;

	return in ? in : t->c_cflag & CBAUD;
}
