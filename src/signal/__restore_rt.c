/*
 * The trampoline is per arch: its text is the arch's, declared in
 * ksigaction.h.  The arch's asm names the syscall number as a string.
 */
#include "ksigaction.h"
#include "syscall.h"

#define SIGRETURN_STR2(x) #x
#define SIGRETURN_STR(x) SIGRETURN_STR2(x)

#if defined(SYS_rt_sigreturn) && (defined(SYS_sigreturn) || !defined(SIGRETURN_OLD_FRAME))
#include "sigreturn_arch.h"
#else
/*
 * A kernel table without the signal-return calls: nothing can resume the
 * interrupted code, so a handler that returns stops the program here.
 */
void __restore_rt(void)
{
	__builtin_trap();
}
#ifdef SIGRETURN_OLD_FRAME
void __restore(void)
{
	__builtin_trap();
}
#endif
#endif
