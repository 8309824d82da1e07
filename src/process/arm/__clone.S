/*
 * long __clone(int (*fn)(void *) r0, void *stack r1, int flags r2, void *arg r3)
 *
 * clone's arm arguments: flags r0, new stack r1, parent tid r2, tls r3,
 * child tid r4; number in r7.  fn and arg are stored on the new stack
 * first: the child wakes there with the parent's registers but r0, and
 * must not touch the parent's stack (with CLONE_VM it is shared).  The
 * child pops them, leaving sp 8-aligned as AAPCS wants, calls fn with the
 * frame pointers and lr zeroed, and exits with its result.  Returns the
 * raw clone result to the parent.
 */
#include <bits/syscall.h>

.syntax unified
.text
.global __clone
.hidden __clone
.type __clone,%function
__clone:
	push {r4, r7}
	bic r1, r1, #15
	stmdb r1!, {r0, r3}
	mov r0, r2
	mov r2, #0
	mov r3, #0
	mov r4, #0
	mov r7, #SYS_clone
	svc #0
	cmp r0, #0
	beq 1f
	pop {r4, r7}
	bx lr
1:	pop {r1, r2}
	mov r0, r2
	mov r7, #0
	mov r11, #0
	mov lr, #0
	blx r1
	mov r7, #SYS_exit
	svc #0
	udf #0
.size __clone,.-__clone
.section .note.GNU-stack,"",%progbits
