/*
 * setjmp, _setjmp (env in $4): clear __saved (word 20), so that a
 * siglongjmp to this env restores no mask, then save n64's callee-saved
 * $16-$23, $28 (gp), $29 (sp), $30 (fp), $31 (where to return) and
 * $f24-$f31.  Returns 0.  __setjmp_regs is the part after the clear, for
 * sigsetjmp.
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
	sd $0, 160($4)
__setjmp_regs:
	sd $16, 0($4)
	sd $17, 8($4)
	sd $18, 16($4)
	sd $19, 24($4)
	sd $20, 32($4)
	sd $21, 40($4)
	sd $22, 48($4)
	sd $23, 56($4)
	sd $28, 64($4)
	sd $29, 72($4)
	sd $30, 80($4)
	sd $31, 88($4)
	sdc1 $f24, 96($4)
	sdc1 $f25, 104($4)
	sdc1 $f26, 112($4)
	sdc1 $f27, 120($4)
	sdc1 $f28, 128($4)
	sdc1 $f29, 136($4)
	sdc1 $f30, 144($4)
	sdc1 $f31, 152($4)
	move $2, $0
	jr $31
	.size setjmp, . - setjmp
	.size _setjmp, . - _setjmp
	.size __setjmp_regs, . - __setjmp_regs
	.section .note.GNU-stack, "", @progbits
