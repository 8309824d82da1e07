/*
 * long __clone(int (*fn)(void *) rdi, void *stack rsi, int flags edx, void *arg rcx)
 *
 * clone's x86_64 arguments: flags rdi, new stack rsi, parent tid rdx, child
 * tid r10, tls r8.  fn and arg are stored on the new stack before the call,
 * because the child wakes on that stack with every register but rax as the
 * parent had it, and the parent may change memory afterwards (with
 * CLONE_VM, the child must not touch the parent's stack).  The child pops
 * them, leaving rsp 16-aligned before its call as the psABI wants, and exits
 * with fn's result.  Returns the raw clone result to the parent.
 */
#include <bits/syscall.h>

.text
.global __clone
.hidden __clone
.type __clone,@function
__clone:
	and $-16, %rsi
	sub $16, %rsi
	mov %rdi, (%rsi)
	mov %rcx, 8(%rsi)
	mov %edx, %edi
	xor %edx, %edx
	xor %r10d, %r10d
	xor %r8d, %r8d
	mov $SYS_clone, %eax
	syscall
	test %rax, %rax
	jnz 1f
	xor %ebp, %ebp
	pop %rax
	pop %rdi
	call *%rax
	mov %eax, %edi
	mov $SYS_exit, %eax
	syscall
	hlt
1:	ret
.size __clone,.-__clone
.section .note.GNU-stack,"",@progbits
