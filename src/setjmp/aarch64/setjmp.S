/*
 * setjmp, _setjmp (env in x0): clear __saved (word 22), so that a
 * siglongjmp to this env restores no mask, then save the AAPCS64
 * callee-saved x19-x28, the frame pointer x29, the link register x30
 * (where to return), sp, and the low halves d8-d15 of v8-v15.  Returns 0.
 * __setjmp_regs is the part after the clear, for sigsetjmp.
 */
	.text
	.global setjmp
	.global _setjmp
	.global __setjmp_regs
	.hidden __setjmp_regs
	.type setjmp, %function
	.type _setjmp, %function
	.type __setjmp_regs, %function
setjmp:
_setjmp:
	str xzr, [x0, #176]
__setjmp_regs:
	stp x19, x20, [x0, #0]
	stp x21, x22, [x0, #16]
	stp x23, x24, [x0, #32]
	stp x25, x26, [x0, #48]
	stp x27, x28, [x0, #64]
	stp x29, x30, [x0, #80]
	mov x2, sp
	str x2, [x0, #96]
	stp d8, d9, [x0, #104]
	stp d10, d11, [x0, #120]
	stp d12, d13, [x0, #136]
	stp d14, d15, [x0, #152]
	mov x0, #0
	ret
	.size setjmp, . - setjmp
	.size _setjmp, . - _setjmp
	.size __setjmp_regs, . - __setjmp_regs
	.section .note.GNU-stack, "", %progbits
