/* The trampoline is per arch: its text is the arch's, declared in ksigaction.h. */
#include "ksigaction.h"
#include "syscall.h"
#include "sigreturn_arch.h"
