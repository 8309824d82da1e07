/*
 * long __clone(int (*fn)(void *) $4, void *stack $5, int flags $6, void *arg $7)
 *
 * clone's n64 arguments: flags $4, new stack $5, parent tid $6, tls $7,
 * child tid $8.  fn and arg are stored on the new stack first: the child
 * wakes there with the parent's registers but $2 and $7, and must not touch
 * the parent's stack (with CLONE_VM it is shared).  The child calls fn
 * through $25, as abicalls code wants, with a zeroed frame pointer, and
 * exits with its result.  Returns the raw clone result to the parent, a
 * failure negated to -errno as in syscall_arch.h.
 */
#include <bits/syscall.h>

.text
.global __clone
.hidden __clone
.type __clone,@function
__clone:
	daddiu $2, $0, -16
	and $5, $5, $2
	daddiu $5, $5, -16
	sd $4, 0($5)
	sd $7, 8($5)
	move $4, $6
	move $6, $0
	move $7, $0
	move $8, $0
	li $2, SYS_clone
	syscall
	beqz $7, 1f
	dsubu $2, $0, $2
	jr $31
1:	beqz $2, 2f
	jr $31
2:	ld $25, 0($29)
	ld $4, 8($29)
	move $30, $0
	jalr $25
	move $4, $2
	li $2, SYS_exit
	syscall
	teq $0, $0
.size __clone,.-__clone
.section .note.GNU-stack,"",@progbits
