/*
 * long __clone(int (*fn)(void *) a0, void *stack a1, int flags a2, void *arg a3)
 *
 * clone's riscv64 arguments: flags a0, new stack a1, parent tid a2, tls a3,
 * child tid a4.  fn and arg are stored on the new stack first: the child
 * wakes there with the parent's registers but a0, and must not touch the
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
	andi a1, a1, -16
	addi a1, a1, -16
	sd a0, 0(a1)
	sd a3, 8(a1)
	mv a0, a2
	li a2, 0
	li a3, 0
	li a4, 0
	li a7, SYS_clone
	ecall
	beqz a0, 1f
	ret
1:	ld a1, 0(sp)
	ld a0, 8(sp)
	addi sp, sp, 16
	li s0, 0
	li ra, 0
	jalr a1
	li a7, SYS_exit
	ecall
	unimp
.size __clone,.-__clone
.section .note.GNU-stack,"",%progbits
