/*
 * long __clone(int (*fn)(void *), void *stack, int flags, void *arg)
 * (arguments on the stack, cdecl)
 *
 * clone's i386 arguments: flags ebx, new stack ecx, parent tid edx, tls
 * esi, child tid edi.  arg and fn are stored on the new stack first: the
 * child wakes there with the parent's registers but eax, and must not touch
 * the parent's stack (with CLONE_VM it is shared).  arg lies where fn's
 * argument goes, with esp 16-aligned at the call; the child exits with
 * fn's result.  Returns the raw clone result to the parent.
 */
#include <bits/syscall.h>

.text
.global __clone
.hidden __clone
.type __clone,@function
__clone:
	push %ebx
	push %esi
	push %edi
	mov 20(%esp), %ecx
	and $-16, %ecx
	sub $16, %ecx
	mov 28(%esp), %eax
	mov %eax, (%ecx)
	mov 16(%esp), %eax
	mov %eax, 4(%ecx)
	mov 24(%esp), %ebx
	xor %edx, %edx
	xor %esi, %esi
	xor %edi, %edi
	mov $SYS_clone, %eax
	int $0x80
	test %eax, %eax
	jnz 1f
	xor %ebp, %ebp
	call *4(%esp)
	mov %eax, %ebx
	mov $SYS_exit, %eax
	int $0x80
	hlt
1:	pop %edi
	pop %esi
	pop %ebx
	ret
.size __clone,.-__clone
.section .note.GNU-stack,"",@progbits
