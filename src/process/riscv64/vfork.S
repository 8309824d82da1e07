/*
 * riscv64 vfork: there is no vfork call, so clone(CLONE_VM | CLONE_VFORK |
 * SIGCHLD) with a null stack (the parent's).  Nothing is stored on the
 * stack: the return address stays in ra, so the child's return cannot
 * disturb the parent's frame.  __syscall_ret sets errno on failure.
 */
#include <bits/sched.h>
#include <bits/signal.h>
#include <bits/syscall.h>

.text
.global vfork
.type vfork,%function
vfork:
	li a7, SYS_clone
	li a0, CLONE_VM | CLONE_VFORK | SIGCHLD
	li a1, 0
	li a2, 0
	li a3, 0
	li a4, 0
	ecall
	j __syscall_ret
.size vfork,.-vfork
.section .note.GNU-stack,"",%progbits
