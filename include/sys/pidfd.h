#ifndef _SYS_PIDFD_H
#define _SYS_PIDFD_H

#include <features.h>
#include <bits/alltypes.h>
#include <bits/fdflags.h>
#include <signal.h>

#define PIDFD_NONBLOCK __TD_O_NONBLOCK

__TD_BEGIN_DECLS

int pidfd_open(pid_t pid, unsigned int flags);
int pidfd_send_signal(int pidfd, int sig, siginfo_t *info, unsigned int flags);

__TD_END_DECLS

#endif
