#include <unistd.h>
#include "syscall.h"

/* Only the effective id: the real and saved ones stay (-1 leaves an id alone). */
int setegid(gid_t id)
{
#ifdef SYS_setresgid32
	return __syscall_ret(__syscall(SYS_setresgid32, -1, id, -1));
#else
	return __syscall_ret(__syscall(SYS_setresgid, -1, id, -1));
#endif
}
