#define _GNU_SOURCE
#include <sched.h>
#include <string.h>
#include "syscall.h"

/* The kernel fills only the bytes of its own mask; the rest of the set is cleared, as glibc does. */
int sched_getaffinity(pid_t pid, size_t size, cpu_set_t *set)
{
	long r = __syscall(SYS_sched_getaffinity, pid, size, set);

	if (r < 0)
		return __syscall_ret(r);
	memset((char *)set + r, 0, size - (size_t)r);
	return 0;
}
