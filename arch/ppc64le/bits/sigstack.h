/*
 * The alternate signal stack: the kernel's stack_t and powerpc's sizes
 * (<asm/signal.h>: the frame holds the VSX state).
 */
#ifndef _BITS_SIGSTACK_H
#define _BITS_SIGSTACK_H

#include <bits/alltypes.h>

typedef struct {
	void *ss_sp;
	int ss_flags;
	size_t ss_size;
} stack_t;

#define MINSIGSTKSZ 8192
#define SIGSTKSZ    32768

#endif
