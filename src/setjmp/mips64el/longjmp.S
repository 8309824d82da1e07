/*
 * longjmp, _longjmp (env in $4, val in $5): reload what setjmp saved and
 * return through the saved $31 with val, or 1 when val is 0.
 */
	.text
	.global longjmp
	.global _longjmp
	.type longjmp, @function
	.type _longjmp, @function
longjmp:
_longjmp:
	ld $16, 0($4)
	ld $17, 8($4)
	ld $18, 16($4)
	ld $19, 24($4)
	ld $20, 32($4)
	ld $21, 40($4)
	ld $22, 48($4)
	ld $23, 56($4)
	ld $28, 64($4)
	ld $29, 72($4)
	ld $30, 80($4)
	ld $31, 88($4)
	ldc1 $f24, 96($4)
	ldc1 $f25, 104($4)
	ldc1 $f26, 112($4)
	ldc1 $f27, 120($4)
	ldc1 $f28, 128($4)
	ldc1 $f29, 136($4)
	ldc1 $f30, 144($4)
	ldc1 $f31, 152($4)
	sll $2, $5, 0
	bnez $2, 1f
	li $2, 1
1:	jr $31
	.size longjmp, . - longjmp
	.size _longjmp, . - _longjmp
	.section .note.GNU-stack, "", @progbits
