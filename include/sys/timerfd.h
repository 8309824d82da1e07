#ifndef _SYS_TIMERFD_H
#define _SYS_TIMERFD_H

#include <features.h>
#include <bits/fdflags.h>
#include <time.h>

#define TFD_TIMER_ABSTIME        1
#define TFD_TIMER_CANCEL_ON_SET  2
#define TFD_CLOEXEC  __TD_O_CLOEXEC
#define TFD_NONBLOCK __TD_O_NONBLOCK

__TD_BEGIN_DECLS

int timerfd_create(int clockid, int flags);
int timerfd_settime(int fd, int flags, const struct itimerspec *new_value,
		    struct itimerspec *old_value);
int timerfd_gettime(int fd, struct itimerspec *curr_value);

__TD_END_DECLS

#endif
