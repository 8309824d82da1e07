/*
 * The alternate signal stack: the kernel's stack_t and aarch64's sizes
 * (<asm/signal.h>: the frame holds the FP/SIMD state).
 */
#ifndef _BITS_SIGSTACK_H
#define _BITS_SIGSTACK_H

#include <bits/alltypes.h>

typedef struct {
	void *ss_sp;
	int ss_flags;
	size_t ss_size;
} stack_t;

#define MINSIGSTKSZ 5120
#define SIGSTKSZ    16384

#endif
