#include <sys/inotify.h>
#include "syscall.h"

int inotify_init(void)
{
	return __syscall_ret(__syscall(SYS_inotify_init1, 0));
}
