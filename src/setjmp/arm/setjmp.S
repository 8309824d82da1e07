/*
 * setjmp, _setjmp (env in r0): clear __saved (word 13), so that a
 * siglongjmp to this env restores no mask, then save the AAPCS callee-saved
 * r4-r11, sp, lr (where to return) and, with a VFP, d8-d15.  Returns 0.
 * __setjmp_regs is the part after the clear, for sigsetjmp.  Thumb cannot
 * store sp with stm: it goes through ip.
 */
	.syntax unified
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
	mov r1, #0
	str r1, [r0, #104]
	str r1, [r0, #108]
__setjmp_regs:
	stm r0, {r4-r11}
	mov ip, sp
	str ip, [r0, #32]
	str lr, [r0, #36]
#ifdef __ARM_FP
	add ip, r0, #40
	vstmia ip, {d8-d15}
#endif
	mov r0, #0
	bx lr
	.size setjmp, . - setjmp
	.size _setjmp, . - _setjmp
	.size __setjmp_regs, . - __setjmp_regs
	.section .note.GNU-stack, "", %progbits
