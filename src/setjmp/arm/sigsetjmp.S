/*
 * sigsetjmp(env, savemask): __sigsetjmp_save records in env whether the
 * mask is saved (and saves it), then setjmp's register part, __setjmp_regs,
 * saves the rest and returns through our caller's lr, which is kept on the
 * stack with env across the call (two words: sp stays 8-aligned).
 */
	.syntax unified
	.text
	.global sigsetjmp
	.type sigsetjmp, %function
sigsetjmp:
	push {r0, lr}
	bl __sigsetjmp_save
	pop {r0, lr}
	b __setjmp_regs
	.size sigsetjmp, . - sigsetjmp
	.section .note.GNU-stack, "", %progbits
