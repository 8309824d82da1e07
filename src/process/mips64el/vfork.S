/*
 * mips64el vfork: clone(CLONE_VM | CLONE_VFORK | SIGCHLD) with a null stack
 * (the parent's): n64 has no vfork call.  Nothing is stored on the stack:
 * the return address stays in $31, so the child's return cannot disturb the
 * parent's frame.  A failure comes back as a positive errno with $7 (a3)
 * set and is negated, as in syscall_arch.h; __syscall_ret, reached through
 * the GOT with the caller's $gp (one GOT in a static program), sets errno.
 */
#include <bits/sched.h>
#include <bits/signal.h>
#include <bits/syscall.h>

.text
.global vfork
.type vfork,@function
vfork:
	li $2, SYS_clone
	li $4, CLONE_VM | CLONE_VFORK | SIGCHLD
	move $5, $0
	move $6, $0
	move $7, $0
	move $8, $0
	syscall
	beqz $7, 1f
	dsubu $2, $0, $2
1:	move $4, $2
	dla $25, __syscall_ret
	jr $25
.size vfork,.-vfork
.section .note.GNU-stack,"",@progbits
