#include <unistd.h>
#include "syscall.h"

/* Cannot fail. */
uid_t getuid(void)
{
	return __syscall_nofail(SYS_getuid);
}
