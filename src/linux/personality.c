#include <sys/personality.h>
#include "syscall.h"

/* The previous personality; 0xffffffff asks without changing it. */
int personality(unsigned long persona)
{
	return __syscall_ret(__syscall(SYS_personality, persona));
}
