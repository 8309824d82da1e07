#include <sys/fsuid.h>
#include "syscall.h"

/* The previous filesystem gid; the call has no error return. */
int setfsgid(gid_t gid)
{
#ifdef SYS_setfsgid32
	return (int)__syscall(SYS_setfsgid32, gid);
#else
	return (int)__syscall(SYS_setfsgid, gid);
#endif
}
