/*
 * aarch64 vfork: there is no vfork call, so clone(CLONE_VM | CLONE_VFORK |
 * SIGCHLD) with a null stack (the parent's).  Nothing is stored on the
 * stack: the return address stays in x30, so the child's return cannot
 * disturb the parent's frame.  __syscall_ret sets errno on failure.
 */
#include <bits/sched.h>
#include <bits/signal.h>
#include <bits/syscall.h>

.text
.global vfork
.type vfork,%function
vfork:
	mov x8, #SYS_clone
	mov x0, #(CLONE_VM | CLONE_VFORK | SIGCHLD)
	mov x1, #0
	mov x2, #0
	mov x3, #0
	mov x4, #0
	svc #0
	b __syscall_ret
.size vfork,.-vfork
.section .note.GNU-stack,"",%progbits
