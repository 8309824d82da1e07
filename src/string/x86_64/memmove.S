/*
 * memmove(rdi = dst, rsi = src, rdx = n) -> rax = dst
 *
 * Forwards is safe unless the destination starts inside the source
 * (dst - src < n, unsigned), and memcpy's paths up to 64 bytes load
 * everything before they store: both cases go to memcpy's body.  The rest
 * copies backwards with rep movsq under the direction flag, the first 8
 * bytes loaded beforehand and stored last to cover the n % 8 head.
 */
	.text
	.global memmove
	.type memmove,@function
memmove:
	mov %rdi, %rax
	mov %rdi, %rcx
	sub %rsi, %rcx
	cmp %rdx, %rcx
	jae __memcpy_fwd
	cmp $64, %rdx
	jbe __memcpy_fwd
	mov (%rsi), %r8
	mov %rdi, %r9
	lea -8(%rsi,%rdx), %rsi
	lea -8(%rdi,%rdx), %rdi
	mov %rdx, %rcx
	shr $3, %rcx
	std
	rep movsq
	cld
	mov %r8, (%r9)
	ret
	.size memmove,.-memmove

	.section .note.GNU-stack,"",@progbits
