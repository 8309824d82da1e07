/*
 * long __clone(int (*fn)(void *) r3, void *stack r4, int flags r5, void *arg r6)
 *
 * clone's powerpc arguments: flags r3, new stack r4, parent tid r5, tls r6,
 * child tid r7.  A 64-byte frame with a null back chain is made on the new
 * stack and fn and arg are stored in it first: the child wakes there with
 * the parent's registers but r3, and must not touch the parent's stack
 * (with CLONE_VM it is shared).  The child calls fn through r12, as ELFv2's
 * global entry wants, and exits with its result.  Returns the raw clone
 * result to the parent, a failure negated to -errno as in syscall_arch.h.
 */
#include <bits/syscall.h>

.text
.global __clone
.hidden __clone
.type __clone,@function
__clone:
	clrrdi 4, 4, 4
	li 0, 0
	stdu 0, -64(4)
	std 3, 32(4)
	std 6, 40(4)
	mr 3, 5
	li 5, 0
	li 6, 0
	li 7, 0
	li 0, SYS_clone
	sc
	bns+ 1f
	neg 3, 3
1:	cmpdi 3, 0
	bnelr
	ld 12, 32(1)
	ld 3, 40(1)
	mtctr 12
	bctrl
	li 0, SYS_exit
	sc
	trap
.size __clone,.-__clone
.section .note.GNU-stack,"",@progbits
