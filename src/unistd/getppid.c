#include <unistd.h>
#include "syscall.h"

pid_t getppid(void)
{
	return __syscall_nofail(SYS_getppid);
}
