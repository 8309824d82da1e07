/*
 * The trampoline is per arch: its text is the arch's, declared in
 * ksigaction.h.  The arch's asm names the syscall number as a string.
 */
#include "ksigaction.h"
#include "syscall.h"

#define SIGRETURN_STR2(x) #x
#define SIGRETURN_STR(x) SIGRETURN_STR2(x)

#include "sigreturn_arch.h"
