#include <stdlib.h>
#include "syscall.h"

/*
 * exit_group can fail: a kernel without it, a seccomp filter that refuses
 * it.  Then exit, which ends this thread, the whole of a single-threaded
 * process; failing that too, an illegal instruction rather than a spin.
 */
_Noreturn void _Exit(int status)
{
	__syscall(SYS_exit_group, status);
	__syscall(SYS_exit, status);
	__builtin_trap();
}
