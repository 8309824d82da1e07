#include <sys/reboot.h>
#include "syscall.h"

/* The two magic numbers the kernel demands before it believes the caller. */
#define LINUX_REBOOT_MAGIC1 0xfee1dead
#define LINUX_REBOOT_MAGIC2 672274793

int reboot(int cmd)
{
	return __syscall_ret(__syscall(SYS_reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, cmd, 0));
}
