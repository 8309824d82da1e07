#include <sys/resource.h>
#include "syscall.h"

/*
 * The kernel answers 20 - nice (1..40), never negative, so that no
 * priority looks like an error; -1 may then be a priority: a caller tells
 * it from an error by errno, set to 0 before.
 */
int getpriority(int which, id_t who)
{
	long r = __syscall(SYS_getpriority, which, who);

	return r < 0 ? (int)__syscall_ret(r) : 20 - (int)r;
}
