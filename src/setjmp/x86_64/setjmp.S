/*
 * setjmp, _setjmp (env in rdi): clear __saved (word 8), so that a
 * siglongjmp to this env restores no mask, then save the System V
 * callee-saved registers rbx, rbp, r12-r15, the stack pointer as it will
 * be after our return, and the return address.  Returns 0.
 * __setjmp_regs is the part after the clear, for sigsetjmp.
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
	movq $0, 64(%rdi)
__setjmp_regs:
	mov %rbx, (%rdi)
	mov %rbp, 8(%rdi)
	mov %r12, 16(%rdi)
	mov %r13, 24(%rdi)
	mov %r14, 32(%rdi)
	mov %r15, 40(%rdi)
	lea 8(%rsp), %rdx
	mov %rdx, 48(%rdi)
	mov (%rsp), %rdx
	mov %rdx, 56(%rdi)
	xor %eax, %eax
	ret
	.size setjmp, . - setjmp
	.size _setjmp, . - _setjmp
	.size __setjmp_regs, . - __setjmp_regs
	.section .note.GNU-stack, "", @progbits
