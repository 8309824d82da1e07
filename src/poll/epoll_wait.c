#include <sys/epoll.h>
#include "ksigaction.h"
#include "syscall.h"

/* aarch64 and riscv64 have only epoll_pwait; no mask is the same call. */
int epoll_wait(int epfd, struct epoll_event *events, int maxevents, int timeout)
{
#ifdef SYS_epoll_wait
	return __syscall_ret(__syscall(SYS_epoll_wait, epfd, events, maxevents, timeout));
#else
	return __syscall_ret(__syscall(SYS_epoll_pwait, epfd, events, maxevents, timeout,
				       0, KSIGSET_SIZE));
#endif
}
