#include <unistd.h>
#include "syscall.h"

/* Only the effective id: the real and saved ones stay (-1 leaves an id alone). */
int seteuid(uid_t id)
{
#ifdef SYS_setresuid32
	return __syscall_ret(__syscall(SYS_setresuid32, -1, id, -1));
#else
	return __syscall_ret(__syscall(SYS_setresuid, -1, id, -1));
#endif
}
