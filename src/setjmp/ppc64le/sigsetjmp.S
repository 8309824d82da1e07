/*
 * sigsetjmp(env, savemask): __sigsetjmp_save records in env whether the
 * mask is saved (and saves it), then setjmp's register part, __setjmp_regs,
 * saves the rest and returns through our caller's lr, which waits in the
 * caller's lr save slot while env waits in our 48-byte frame.
 */
	.text
	.global sigsetjmp
	.type sigsetjmp, @function
sigsetjmp:
	mflr 0
	std 0, 16(1)
	stdu 1, -48(1)
	std 3, 32(1)
	bl __sigsetjmp_save
	nop
	ld 3, 32(1)
	addi 1, 1, 48
	ld 0, 16(1)
	mtlr 0
	b __setjmp_regs
	.size sigsetjmp, . - sigsetjmp
	.section .note.GNU-stack, "", @progbits
