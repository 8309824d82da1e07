/*
 * x86_64 vfork.  The child runs on the parent's stack until it execs or
 * exits, and returns from this function first: the return address is kept
 * in rdx (which the syscall preserves), not on the stack, so the child's
 * return cannot take it from the parent.  Putting it back writes the same
 * value into the same slot in both.  __syscall_ret sets errno on failure.
 */
#include <bits/syscall.h>

.text
.global vfork
.type vfork,@function
vfork:
	pop %rdx
	mov $SYS_vfork, %eax
	syscall
	push %rdx
	mov %rax, %rdi
	jmp __syscall_ret
.size vfork,.-vfork
.section .note.GNU-stack,"",@progbits
