/*
 * Record locks on a 32-bit arch: the kernel's struct flock64 (64-bit l_start
 * and l_len) with the F_GETLK64, F_SETLK64, F_SETLKW64 numbers of fcntl64.
 */
#ifndef _BITS_FLOCK_H
#define _BITS_FLOCK_H

#include <bits/alltypes.h>

#define F_GETLK  12
#define F_SETLK  13
#define F_SETLKW 14

struct flock {
	short l_type;
	short l_whence;
	off_t l_start;
	off_t l_len;
	pid_t l_pid;
};

#endif
