/*
 * sigsetjmp(env, savemask): __sigsetjmp_save records in env whether the
 * mask is saved (and saves it), then setjmp's register part, __setjmp_regs,
 * saves the rest and returns through our caller's r14.  env and r14 wait in
 * the register save area our caller provides, across a 160-byte frame of
 * our own for the call.
 */
	.text
	.global sigsetjmp
	.type sigsetjmp, @function
sigsetjmp:
	stg %r2, 16(%r15)
	stg %r14, 112(%r15)
	aghi %r15, -160
	brasl %r14, __sigsetjmp_save
	aghi %r15, 160
	lg %r2, 16(%r15)
	lg %r14, 112(%r15)
	jg __setjmp_regs
	.size sigsetjmp, . - sigsetjmp
	.section .note.GNU-stack, "", @progbits
