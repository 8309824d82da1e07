/*
 * sigsetjmp(env, savemask): __sigsetjmp_save records in env whether the
 * mask is saved (and saves it), then setjmp's register part, __setjmp_regs,
 * saves the rest and returns through our caller's ra, which is kept on
 * the stack with env across the call.
 */
	.text
	.global sigsetjmp
	.type sigsetjmp, %function
sigsetjmp:
	addi sp, sp, -16
	sd a0, 0(sp)
	sd ra, 8(sp)
	call __sigsetjmp_save
	ld a0, 0(sp)
	ld ra, 8(sp)
	addi sp, sp, 16
	j __setjmp_regs
	.size sigsetjmp, . - sigsetjmp
	.section .note.GNU-stack, "", %progbits
