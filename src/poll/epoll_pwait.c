#include <sys/epoll.h>
#include "ksigaction.h"
#include "syscall.h"

int epoll_pwait(int epfd, struct epoll_event *events, int maxevents, int timeout,
		const sigset_t *sigmask)
{
	return __syscall_ret(__syscall(SYS_epoll_pwait, epfd, events, maxevents, timeout,
				       sigmask, KSIGSET_SIZE));
}
