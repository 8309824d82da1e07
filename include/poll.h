#ifndef _POLL_H
#define _POLL_H

#include <features.h>
#include <bits/poll.h>

#define POLLIN     0x001
#define POLLPRI    0x002
#define POLLOUT    0x004
#define POLLERR    0x008
#define POLLHUP    0x010
#define POLLNVAL   0x020
#define POLLRDNORM 0x040
#define POLLRDBAND 0x080

#ifdef _GNU_SOURCE
#define POLLMSG    0x400
#define POLLREMOVE 0x1000
#define POLLRDHUP  0x2000
#include <signal.h>
#include <time.h>
#endif

typedef unsigned long nfds_t;

struct pollfd {
	int fd;
	short events;
	short revents;
};

__TD_BEGIN_DECLS

int poll(struct pollfd *fds, nfds_t nfds, int timeout);
#ifdef _GNU_SOURCE
int ppoll(struct pollfd *fds, nfds_t nfds, const struct timespec *timeout,
	  const sigset_t *sigmask);
#endif

__TD_END_DECLS

#endif
