/*
 * long __clone(int (*fn)(void *) x0, void *stack x1, int flags w2, void *arg x3)
 *
 * clone's aarch64 arguments: flags x0, new stack x1, parent tid x2, tls x3,
 * child tid x4.  fn and arg are stored on the new stack first: the child
 * wakes there with the parent's registers but x0, and must not touch the
 * parent's stack (with CLONE_VM it is shared).  The child loads them, calls
 * fn with a zeroed frame chain, and exits with its result.  Returns the raw
 * clone result to the parent.
 */
#include <bits/syscall.h>

.text
.global __clone
.hidden __clone
.type __clone,%function
__clone:
	and x1, x1, #-16
	stp x0, x3, [x1, #-16]!
	mov w0, w2
	mov x2, #0
	mov x3, #0
	mov x4, #0
	mov x8, #SYS_clone
	svc #0
	cbnz x0, 1f
	ldp x1, x0, [sp], #16
	mov x29, #0
	mov x30, #0
	blr x1
	mov x8, #SYS_exit
	svc #0
	brk #0
1:	ret
.size __clone,.-__clone
.section .note.GNU-stack,"",%progbits
