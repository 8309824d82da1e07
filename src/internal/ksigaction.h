/* The kernel's struct sigaction, as rt_sigaction takes it on Linux. */
#ifndef TRAPDOOR_KSIGACTION_H
#define TRAPDOOR_KSIGACTION_H

#include <signal.h>
#include "libc.h"
#include "syscall_arch.h"

/* The kernel's sigset is _NSIG - 1 bits, not the 1024 bits of sigset_t. */
#define KSIGSET_SIZE (_NSIG / 8)

#ifdef KSIGACTION_NO_RESTORER
/*
 * mips: the flags first, no sa_restorer; a handler returns through the
 * kernel's own trampoline, and there is no SA_RESTORER.
 */
struct k_sigaction {
	unsigned int flags;
	void (*handler)(int);
	unsigned long mask[KSIGSET_SIZE / sizeof(unsigned long)];
};
#define KSIGACTION_SET_RESTORER(k, flags) ((void)(k), (void)(flags))
#define KSIGACTION_GET_RESTORER(k) ((void (*)(void))0)
#else
/* Kernel-only flag: the handler returns through sa_restorer. */
#define SA_RESTORER 0x04000000

struct k_sigaction {
	void (*handler)(int);
	unsigned long flags;
	void (*restorer)(void);
	unsigned long mask[KSIGSET_SIZE / sizeof(unsigned long)];
};
#define KSIGACTION_SET_RESTORER(k, fl) \
	((k)->flags |= SA_RESTORER, (k)->restorer = SIGRETURN_RESTORER(fl))
#define KSIGACTION_GET_RESTORER(k) ((k)->restorer)
#endif

/* Signals that sigaction gave a handler (src/signal/__sig_handlers.c). */
extern hidden unsigned long __sig_handlers[KSIGSET_SIZE / sizeof(unsigned long)];

/*
 * The arch's signal-return trampolines (arch/<arch>/sigreturn_arch.h):
 * __restore_rt calls rt_sigreturn.  Where the kernel gives a handler
 * without SA_SIGINFO an older frame, which only sigreturn undoes (arm,
 * i386), syscall_arch.h defines SIGRETURN_OLD_FRAME and __restore calls it.
 */
hidden void __restore_rt(void);
#ifdef SIGRETURN_OLD_FRAME
hidden void __restore(void);
#define SIGRETURN_RESTORER(flags) ((flags) & SA_SIGINFO ? __restore_rt : __restore)
#else
#define SIGRETURN_RESTORER(flags) __restore_rt
#endif

/* A signal number's word and bit in a sigset_t; valid for 1 <= sig < _NSIG. */
#define SIGSET_BITS     (8 * sizeof(unsigned long))
#define SIGSET_WORD(s)  (((unsigned)(s) - 1) / SIGSET_BITS)
#define SIGSET_BIT(s)   (1UL << (((unsigned)(s) - 1) % SIGSET_BITS))
#define SIG_VALID(s)    ((unsigned)(s) - 1 < _NSIG - 1)

#endif
