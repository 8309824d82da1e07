#include <sys/fsuid.h>
#include "syscall.h"

/* The previous filesystem uid; the call has no error return. */
int setfsuid(uid_t uid)
{
#ifdef SYS_setfsuid32
	return (int)__syscall(SYS_setfsuid32, uid);
#else
	return (int)__syscall(SYS_setfsuid, uid);
#endif
}
