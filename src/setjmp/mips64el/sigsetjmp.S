/*
 * sigsetjmp(env, savemask): __sigsetjmp_save records in env whether the
 * mask is saved (and saves it), then setjmp's register part, __setjmp_regs,
 * saves the rest and returns through our caller's $31, which is kept on the
 * stack with env across the call.  Both are reached through the GOT with
 * the caller's $gp, and called through $25 as abicalls code wants.
 */
	.text
	.global sigsetjmp
	.type sigsetjmp, @function
sigsetjmp:
	daddiu $29, $29, -16
	sd $4, 0($29)
	sd $31, 8($29)
	dla $25, __sigsetjmp_save
	jalr $25
	ld $4, 0($29)
	ld $31, 8($29)
	daddiu $29, $29, 16
	dla $25, __setjmp_regs
	jr $25
	.size sigsetjmp, . - sigsetjmp
	.section .note.GNU-stack, "", @progbits
