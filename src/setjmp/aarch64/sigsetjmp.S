/*
 * sigsetjmp(env, savemask): __sigsetjmp_save records in env whether the
 * mask is saved (and saves it), then setjmp's register part, __setjmp_regs,
 * saves the rest and returns through our caller's x30, which is kept on
 * the stack with env across the call.
 */
	.text
	.global sigsetjmp
	.type sigsetjmp, %function
sigsetjmp:
	stp x0, x30, [sp, #-16]!
	bl __sigsetjmp_save
	ldp x0, x30, [sp], #16
	b __setjmp_regs
	.size sigsetjmp, . - sigsetjmp
	.section .note.GNU-stack, "", %progbits
