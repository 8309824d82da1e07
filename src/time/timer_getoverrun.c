#include <stdint.h>
#include <time.h>
#include "syscall.h"

int timer_getoverrun(timer_t id)
{
	return __syscall_ret(__syscall(SYS_timer_getoverrun, (int)(intptr_t)id));
}
