#include <sched.h>
#include "process.h"
#include "syscall.h"

/*
 * The portable fallback when an arch has no src/process/<arch>/__clone.S:
 * without assembly the child cannot switch stacks, so it is an ordinary
 * fork (no CLONE_VM, no CLONE_VFORK) that calls fn on its copy of our stack.
 * Correct, but its cost grows with the parent's memory.
 */
long __clone(int (*fn)(void *), void *stack, int flags, void *arg)
{
	long r;

	(void)stack;
	r = __syscall(SYS_clone, flags & ~(CLONE_VM | CLONE_VFORK), 0, 0, 0, 0);
	if (r)
		return r;
	for (;;)
		__syscall(SYS_exit, fn(arg));
}
