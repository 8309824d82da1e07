/*
 * memset(rdi = dst, esi = c, rdx = n) -> rax = dst
 *
 * The byte is spread over a word by multiplying with 0x0101...01.  Up to
 * 32 bytes: two stores that may overlap (the first and the last 1, 4, 8 or
 * 16 bytes), plus one for the middle byte of 3.  Longer: the last 8 bytes,
 * then rep stosq for the rest.
 */
	.text
	.global memset
	.type memset,@function
memset:
	mov %rdi, %r9
	movzbl %sil, %eax
	movabs $0x0101010101010101, %r8
	imul %r8, %rax
	cmp $16, %rdx
	ja 3f
	cmp $8, %rdx
	jb 1f
	mov %rax, (%rdi)
	mov %rax, -8(%rdi,%rdx)
	mov %r9, %rax
	ret
1:	cmp $4, %rdx
	jb 2f
	mov %eax, (%rdi)
	mov %eax, -4(%rdi,%rdx)
	mov %r9, %rax
	ret
2:	test %rdx, %rdx
	jz 9f
	mov %al, (%rdi)
	mov %al, -1(%rdi,%rdx)
	cmp $3, %rdx
	jne 9f
	mov %al, 1(%rdi)
9:	mov %r9, %rax
	ret

3:	cmp $32, %rdx
	ja 4f
	movq %rax, %xmm0
	punpcklqdq %xmm0, %xmm0
	movups %xmm0, (%rdi)
	movups %xmm0, -16(%rdi,%rdx)
	mov %r9, %rax
	ret
4:	mov %rax, -8(%rdi,%rdx)
	mov %rdx, %rcx
	shr $3, %rcx
	rep stosq
	mov %r9, %rax
	ret
	.size memset,.-memset

	.section .note.GNU-stack,"",@progbits
