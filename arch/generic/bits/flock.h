/*
 * Record locks.  struct flock has a 64-bit l_start and l_len everywhere: on
 * a 64-bit arch it is the kernel's struct flock, on a 32-bit arch the
 * kernel's struct flock64, which fcntl64 takes with the F_*LK64 commands:
 * there arch/<arch>/bits/flock.h gives F_GETLK those numbers.
 */
#ifndef _BITS_FLOCK_H
#define _BITS_FLOCK_H

#include <bits/alltypes.h>

#define F_GETLK  5
#define F_SETLK  6
#define F_SETLKW 7

struct flock {
	short l_type;
	short l_whence;
	off_t l_start;
	off_t l_len;
	pid_t l_pid;
};

#endif
