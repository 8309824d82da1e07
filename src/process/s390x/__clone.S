/*
 * long __clone(int (*fn)(void *) r2, void *stack r3, int flags r4, void *arg r5)
 *
 * clone's s390 arguments come in another order: new stack r2, flags r3,
 * parent tid r4, child tid r5, tls r6 (r6 is left alone: callee-saved, and
 * no caller asks for CLONE_SETTLS).  A frame with a null back chain and the
 * 160-byte save area is made on the new stack, fn and arg stored above it:
 * the child wakes there with the parent's registers but r2, and must not
 * touch the parent's stack (with CLONE_VM it is shared).  The child calls
 * fn and exits with its result.  Returns the raw clone result to the parent.
 */
#include <bits/syscall.h>

.text
.global __clone
.hidden __clone
.type __clone,@function
__clone:
	nill %r3, 0xfff0
	aghi %r3, -176
	xc 0(8,%r3), 0(%r3)
	stg %r2, 160(%r3)
	stg %r5, 168(%r3)
	lgr %r2, %r3
	lgr %r3, %r4
	lghi %r4, 0
	lghi %r5, 0
	lghi %r1, SYS_clone
	svc 0
	ltgr %r2, %r2
	bnzr %r14
	lg %r1, 160(%r15)
	lg %r2, 168(%r15)
	basr %r14, %r1
	lghi %r1, SYS_exit
	svc 0
	.word 0
.size __clone,.-__clone
.section .note.GNU-stack,"",@progbits
