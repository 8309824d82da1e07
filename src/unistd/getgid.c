#include <unistd.h>
#include "syscall.h"

/* Cannot fail. */
gid_t getgid(void)
{
	return __syscall_nofail(SYS_getgid);
}
