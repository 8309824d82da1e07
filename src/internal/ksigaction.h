/* The kernel's struct sigaction, as rt_sigaction takes it on Linux. */
#ifndef TRAPDOOR_KSIGACTION_H
#define TRAPDOOR_KSIGACTION_H

#include <signal.h>
#include "libc.h"

/* The kernel's sigset is _NSIG - 1 bits, not the 1024 bits of sigset_t. */
#define KSIGSET_SIZE (_NSIG / 8)

/* Kernel-only flag: the handler returns through sa_restorer. */
#define SA_RESTORER 0x04000000

struct k_sigaction {
	void (*handler)(int);
	unsigned long flags;
	void (*restorer)(void);
	unsigned long mask[KSIGSET_SIZE / sizeof(unsigned long)];
};

/* Signals that sigaction gave a handler (src/signal/__sig_handlers.c). */
extern hidden unsigned long __sig_handlers[KSIGSET_SIZE / sizeof(unsigned long)];

/* The arch's rt_sigreturn trampoline (arch/<arch>/sigreturn_arch.h). */
hidden void __restore_rt(void);

/* A signal number's word and bit in a sigset_t; valid for 1 <= sig < _NSIG. */
#define SIGSET_BITS     (8 * sizeof(unsigned long))
#define SIGSET_WORD(s)  (((unsigned)(s) - 1) / SIGSET_BITS)
#define SIGSET_BIT(s)   (1UL << (((unsigned)(s) - 1) % SIGSET_BITS))
#define SIG_VALID(s)    ((unsigned)(s) - 1 < _NSIG - 1)

#endif
