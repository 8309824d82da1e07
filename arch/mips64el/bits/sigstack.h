/* mips' stack_t puts ss_size before ss_flags; the sizes are <asm/signal.h>'s. */
#ifndef _BITS_SIGSTACK_H
#define _BITS_SIGSTACK_H

#include <bits/alltypes.h>

typedef struct {
	void *ss_sp;
	size_t ss_size;
	int ss_flags;
} stack_t;

#define MINSIGSTKSZ 2048
#define SIGSTKSZ    8192

#endif
