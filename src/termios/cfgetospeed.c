#define _GNU_SOURCE 1
#include <termios.h>

speed_t cfgetospeed(const struct termios *t)
{
	return t->c_cflag & CBAUD;
}
