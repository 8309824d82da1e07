/*
 * i386 process entry.  The kernel starts us with esp pointing at argc, then
 * argv[], NULL, envp[], NULL, auxv pairs.  ebp is zeroed so that debuggers and
 * unwinders see the outermost frame.  The one argument goes on the stack, and
 * esp is 16-aligned at the call, as gcc assumes of every i386 call.
 */
__asm__(
	".text\n"
	".global _start\n"
	".type _start,@function\n"
	"_start:\n"
	"	xor %ebp,%ebp\n"
	"	mov %esp,%eax\n"
	"	and $-16,%esp\n"
	"	sub $12,%esp\n"
	"	push %eax\n"
	"	call __start_c\n"
	"	hlt\n"
	".size _start,.-_start\n");
