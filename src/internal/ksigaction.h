/* The kernel's struct sigaction, as rt_sigaction takes it on Linux. */
#ifndef TRAPDOOR_KSIGACTION_H
#define TRAPDOOR_KSIGACTION_H

#include <signal.h>

/* The kernel's sigset is _NSIG - 1 bits, not the 1024 bits of sigset_t. */
#define KSIGSET_SIZE (_NSIG / 8)

struct k_sigaction {
	void (*handler)(int);
	unsigned long flags;
	void (*restorer)(void);
	unsigned long mask[KSIGSET_SIZE / sizeof(unsigned long)];
};

#endif
