/*
 * setjmp, _setjmp (env in r2): clear __saved (word 18), so that a
 * siglongjmp to this env restores no mask, then save the callee-saved
 * r6-r13, r14 (where to return), r15 (sp) and f8-f15.  Returns 0.
 * __setjmp_regs is the part after the clear, for sigsetjmp.
 */
	.text
	.global setjmp
	.global _setjmp
	.global __setjmp_regs
	.hidden __setjmp_regs
	.type setjmp, @function
	.type _setjmp, @function
	.type __setjmp_regs, @function
setjmp:
_setjmp:
	mvghi 144(%r2), 0
__setjmp_regs:
	stmg %r6, %r15, 0(%r2)
	std %f8, 80(%r2)
	std %f9, 88(%r2)
	std %f10, 96(%r2)
	std %f11, 104(%r2)
	std %f12, 112(%r2)
	std %f13, 120(%r2)
	std %f14, 128(%r2)
	std %f15, 136(%r2)
	lghi %r2, 0
	br %r14
	.size setjmp, . - setjmp
	.size _setjmp, . - _setjmp
	.size __setjmp_regs, . - __setjmp_regs
	.section .note.GNU-stack, "", @progbits
