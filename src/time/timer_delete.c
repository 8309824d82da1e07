#include <stdint.h>
#include <time.h>
#include "syscall.h"

int timer_delete(timer_t id)
{
	return __syscall_ret(__syscall(SYS_timer_delete, (int)(intptr_t)id));
}
