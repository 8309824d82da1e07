/*
 * memcpy(rdi = dst, rsi = src, rdx = n) -> rax = dst
 *
 * Up to 64 bytes: a few loads that may overlap each other (the first and
 * the last 8, 16 or 32 bytes), all of them before any store, so there is no
 * loop and no branch per byte.  Longer: rep movsq, which the hardware runs
 * a cache line at a time, with the last 8 bytes stored separately to cover
 * the n % 8 tail.  Every path loads before it stores what it loaded and goes
 * forwards: memmove jumps here whenever copying forwards is safe.
 */
	.text
	.global memcpy
	.type memcpy,@function
memcpy:
	mov %rdi, %rax
	.global __memcpy_fwd
	.hidden __memcpy_fwd
__memcpy_fwd:
	cmp $16, %rdx
	ja 3f
	cmp $8, %rdx
	jb 1f
	mov (%rsi), %rcx
	mov -8(%rsi,%rdx), %r8
	mov %rcx, (%rdi)
	mov %r8, -8(%rdi,%rdx)
	ret
1:	cmp $4, %rdx
	jb 2f
	mov (%rsi), %ecx
	mov -4(%rsi,%rdx), %r8d
	mov %ecx, (%rdi)
	mov %r8d, -4(%rdi,%rdx)
	ret
2:	test %rdx, %rdx
	jz 9f
	movzbl (%rsi), %ecx
	movzbl -1(%rsi,%rdx), %r8d
	cmp $2, %rdx
	jbe 8f
	movzbl 1(%rsi), %r9d
	mov %r9b, 1(%rdi)
8:	mov %cl, (%rdi)
	mov %r8b, -1(%rdi,%rdx)
9:	ret

3:	cmp $32, %rdx
	ja 4f
	movups (%rsi), %xmm0
	movups -16(%rsi,%rdx), %xmm1
	movups %xmm0, (%rdi)
	movups %xmm1, -16(%rdi,%rdx)
	ret
4:	cmp $64, %rdx
	ja 5f
	movups (%rsi), %xmm0
	movups 16(%rsi), %xmm1
	movups -32(%rsi,%rdx), %xmm2
	movups -16(%rsi,%rdx), %xmm3
	movups %xmm0, (%rdi)
	movups %xmm1, 16(%rdi)
	movups %xmm2, -32(%rdi,%rdx)
	movups %xmm3, -16(%rdi,%rdx)
	ret
5:	mov -8(%rsi,%rdx), %r8
	lea -8(%rdi,%rdx), %r9
	mov %rdx, %rcx
	shr $3, %rcx
	rep movsq
	mov %r8, (%r9)
	ret
	.size memcpy,.-memcpy

	.section .note.GNU-stack,"",@progbits
