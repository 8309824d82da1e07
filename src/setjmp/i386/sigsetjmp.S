/*
 * sigsetjmp(env, savemask): __sigsetjmp_save records in env whether the
 * mask is saved (and saves it), then setjmp's register part, __setjmp_regs,
 * saves the rest from our own stack, which is as our caller left it once
 * the copied arguments are dropped.  The padding word keeps esp 16-aligned
 * at the call, as gcc assumes.
 */
	.text
	.global sigsetjmp
	.type sigsetjmp, @function
sigsetjmp:
	mov 4(%esp), %eax
	mov 8(%esp), %ecx
	sub $4, %esp
	push %ecx
	push %eax
	call __sigsetjmp_save
	add $12, %esp
	jmp __setjmp_regs
	.size sigsetjmp, . - sigsetjmp
	.section .note.GNU-stack, "", @progbits
