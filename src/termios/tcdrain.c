#define _GNU_SOURCE 1
#include <sys/ioctl.h>
#include <termios.h>
#include "syscall.h"

/* TCSBRK with a nonzero argument waits for the output to drain and sends no break. */
int tcdrain(int fd)
{
	return __syscall_ret(__syscall(SYS_ioctl, fd, TCSBRK, 1));
}
