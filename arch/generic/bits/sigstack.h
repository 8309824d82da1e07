/*
 * The alternate signal stack: the kernel's stack_t (mips orders its fields
 * otherwise) and the sizes of <asm/signal.h> (aarch64 and powerpc have
 * larger frames).
 */
#ifndef _BITS_SIGSTACK_H
#define _BITS_SIGSTACK_H

#include <bits/alltypes.h>

typedef struct {
	void *ss_sp;
	int ss_flags;
	size_t ss_size;
} stack_t;

#define MINSIGSTKSZ 2048
#define SIGSTKSZ    8192

#endif
