/* mips numbers F_GETLK 14 (the others as everywhere); struct flock is asm-generic's on n64. */
#ifndef _BITS_FLOCK_H
#define _BITS_FLOCK_H

#include <bits/alltypes.h>

#define F_GETLK  14
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
