#include <sys/random.h>
#include "syscall.h"

ssize_t getrandom(void *buf, size_t len, unsigned int flags)
{
	return __syscall_ret(__syscall(SYS_getrandom, buf, len, flags));
}
