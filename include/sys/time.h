#ifndef _SYS_TIME_H
#define _SYS_TIME_H

#include <features.h>
#include <bits/alltypes.h>

/* Shared with <sys/resource.h>, whichever is included first defines it. */
#ifndef __DEFINED_struct_timeval
#define __DEFINED_struct_timeval
struct timeval {
	time_t tv_sec;
	suseconds_t tv_usec;
};
#endif

#ifdef __TD_MISC
/* Obsolete: the kernel no longer keeps a zone; gettimeofday fills zeros. */
struct timezone {
	int tz_minuteswest;
	int tz_dsttime;
};
#endif

__TD_BEGIN_DECLS

int gettimeofday(struct timeval *__restrict_arg tv, void *__restrict_arg tz);

__TD_END_DECLS

#endif
