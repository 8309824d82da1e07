#define _GNU_SOURCE 1
#include <sys/ioctl.h>
#include <termios.h>
#include "syscall.h"

pid_t tcgetsid(int fd)
{
	pid_t sid;
	long r = __syscall(SYS_ioctl, fd, TIOCGSID, &sid);

	return r ? __syscall_ret(r) : sid;
}
