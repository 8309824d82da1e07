#include <sys/stat.h>
#include "syscall.h"

mode_t umask(mode_t mask)
{
	return __syscall_nofail(SYS_umask, mask);
}
