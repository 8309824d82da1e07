/* Reserved names of <poll.h> functions the library calls itself. */
#ifndef TRAPDOOR_POLL_IMPL_H
#define TRAPDOOR_POLL_IMPL_H

#define _GNU_SOURCE
#include <poll.h>
#include "libc.h"

hidden int __ppoll(struct pollfd *fds, nfds_t nfds, const struct timespec *timeout,
		   const sigset_t *sigmask);

#endif
