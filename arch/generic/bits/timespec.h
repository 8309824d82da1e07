/* struct timespec, for <time.h>, <sys/stat.h> and the headers built on them. */
#ifndef _BITS_TIMESPEC_H
#define _BITS_TIMESPEC_H

#include <bits/alltypes.h>

struct timespec {
	time_t tv_sec;
	long tv_nsec;
};

#endif
