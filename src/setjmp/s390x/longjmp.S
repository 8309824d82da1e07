/*
 * longjmp, _longjmp (env in r2, val in r3): reload what setjmp saved and
 * return through the saved r14 with val, or 1 when val is 0.
 */
	.text
	.global longjmp
	.global _longjmp
	.type longjmp, @function
	.type _longjmp, @function
longjmp:
_longjmp:
	lmg %r6, %r15, 0(%r2)
	ld %f8, 80(%r2)
	ld %f9, 88(%r2)
	ld %f10, 96(%r2)
	ld %f11, 104(%r2)
	ld %f12, 112(%r2)
	ld %f13, 120(%r2)
	ld %f14, 128(%r2)
	ld %f15, 136(%r2)
	lgfr %r2, %r3
	ltgr %r2, %r2
	bnzr %r14
	lghi %r2, 1
	br %r14
	.size longjmp, . - longjmp
	.size _longjmp, . - _longjmp
	.section .note.GNU-stack, "", @progbits
