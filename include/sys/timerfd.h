#ifndef _SYS_TIMERFD_H
#define _SYS_TIMERFD_H

#include <features.h>
#include <time.h>

#define TFD_TIMER_ABSTIME        1
#define TFD_TIMER_CANCEL_ON_SET  2
/* O_CLOEXEC and O_NONBLOCK, without all of <fcntl.h>. */
#define TFD_CLOEXEC  02000000
#define TFD_NONBLOCK 04000

__TD_BEGIN_DECLS

int timerfd_create(int clockid, int flags);
int timerfd_settime(int fd, int flags, const struct itimerspec *new_value,
		    struct itimerspec *old_value);
int timerfd_gettime(int fd, struct itimerspec *curr_value);

__TD_END_DECLS

#endif
