/*
 * longjmp, _longjmp (env at 4(%esp), val at 8(%esp)): reload what setjmp
 * saved and return from that setjmp again with val, or 1 when val is 0.
 */
	.text
	.global longjmp
	.global _longjmp
	.type longjmp, @function
	.type _longjmp, @function
longjmp:
_longjmp:
	mov 4(%esp), %edx
	mov 8(%esp), %eax
	cmp $1, %eax		/* carry set only for val == 0 */
	adc $0, %eax
	mov (%edx), %ebx
	mov 8(%edx), %esi
	mov 16(%edx), %edi
	mov 24(%edx), %ebp
	mov 32(%edx), %esp
	jmp *40(%edx)
	.size longjmp, . - longjmp
	.size _longjmp, . - _longjmp
	.section .note.GNU-stack, "", @progbits
