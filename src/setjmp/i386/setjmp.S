/*
 * setjmp, _setjmp (env at 4(%esp)): clear __saved (word 6), so that a
 * siglongjmp to this env restores no mask, then save the i386 callee-saved
 * registers ebx, esi, edi, ebp, the stack pointer as it will be after our
 * return, and the return address, each in the low half of its word.
 * Returns 0.  __setjmp_regs is the part after the clear, for sigsetjmp.
 */
	.text
	.global setjmp
	.global _setjmp
	.global __setjmp_regs
	.hidden __setjmp_regs
	.type setjmp, @function
	.type _setjmp, @function
	.type __setjmp_regs, @function
setjmp:
_setjmp:
	mov 4(%esp), %eax
	movl $0, 48(%eax)
	movl $0, 52(%eax)
__setjmp_regs:
	mov 4(%esp), %eax
	mov %ebx, (%eax)
	mov %esi, 8(%eax)
	mov %edi, 16(%eax)
	mov %ebp, 24(%eax)
	lea 4(%esp), %ecx
	mov %ecx, 32(%eax)
	mov (%esp), %ecx
	mov %ecx, 40(%eax)
	xor %eax, %eax
	ret
	.size setjmp, . - setjmp
	.size _setjmp, . - _setjmp
	.size __setjmp_regs, . - __setjmp_regs
	.section .note.GNU-stack, "", @progbits
