#define _GNU_SOURCE 1
#include <sys/ioctl.h>
#include <termios.h>
#include "syscall.h"

/* Linux sends a break of 0.25 s for TCSBRK 0; other durations are not portable. */
int tcsendbreak(int fd, int duration)
{
	(void)duration;
	return __syscall_ret(__syscall(SYS_ioctl, fd, TCSBRK, 0));
}
