/*
 * sigsetjmp(env, savemask): __sigsetjmp_save records in env whether the
 * mask is saved (and saves it), then setjmp's register part, __setjmp_regs,
 * saves the rest and returns to our caller directly.  env is kept across
 * the call on the stack, which the push also aligns to 16 bytes.
 */
	.text
	.global sigsetjmp
	.type sigsetjmp, @function
sigsetjmp:
	push %rdi
	call __sigsetjmp_save
	pop %rdi
	jmp __setjmp_regs
	.size sigsetjmp, . - sigsetjmp
	.section .note.GNU-stack, "", @progbits
