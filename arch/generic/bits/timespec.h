/* struct timespec, for <time.h>, <sys/stat.h> and the headers built on them. */
#ifndef _BITS_TIMESPEC_H
#define _BITS_TIMESPEC_H

#include <bits/alltypes.h>

/*
 * The kernel's 64-bit timespec, which the time64 calls of 32-bit arches
 * take: where long is 32 bits, tv_nsec fills half of a 64-bit slot, with
 * unnamed padding in the other half (the kernel ignores it).
 */
struct timespec {
	time_t tv_sec;
#if __SIZEOF_LONG__ < 8 && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	int : 32;
#endif
	long tv_nsec;
#if __SIZEOF_LONG__ < 8 && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	int : 32;
#endif
};

#endif
