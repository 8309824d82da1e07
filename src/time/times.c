#include <sys/times.h>
#include "syscall.h"

/* The kernel's struct tms is four longs, which clock_t is on every arch. */
clock_t times(struct tms *buf)
{
	return __syscall_ret(__syscall(SYS_times, buf));
}
