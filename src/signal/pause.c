#include <unistd.h>
#include "ksigaction.h"
#include "syscall.h"

int pause(void)
{
#ifdef SYS_pause
	return __syscall_ret(__syscall(SYS_pause));
#else
	/* Nothing to poll and no timeout: sleeps until a handler runs. */
	return __syscall_ret(__syscall(SYS_ppoll, 0, 0, 0, 0, KSIGSET_SIZE));
#endif
}
