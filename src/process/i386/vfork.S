/*
 * i386 vfork.  The child runs on the parent's stack until it execs or
 * exits, and returns from this function first: the return address is kept
 * in edx (which int $0x80 preserves), not on the stack, so the child's
 * return cannot take it from the parent.  Putting it back writes the same
 * value into the same slot in both.  __syscall_ret sets errno on failure;
 * its argument and return address go below the parent's frame, where
 * each process writes its own before reading.
 */
#include <bits/syscall.h>

.text
.global vfork
.type vfork,@function
vfork:
	pop %edx
	mov $SYS_vfork, %eax
	int $0x80
	push %edx
	push %eax
	call __syscall_ret
	add $4, %esp
	ret
.size vfork,.-vfork
.section .note.GNU-stack,"",@progbits
