/*
 * x86_64 process entry.  The kernel starts us with rsp pointing at argc, then
 * argv[], NULL, envp[], NULL, auxv pairs.  rbp is zeroed so that debuggers and
 * unwinders see the outermost frame; rsp is aligned to 16 before the call so
 * that __start_c is entered with the alignment the psABI promises (rsp+8 ≡ 0).
 */
__asm__(
	".text\n"
	".global _start\n"
	".type _start,@function\n"
	"_start:\n"
	"	xor %rbp,%rbp\n"
	"	mov %rsp,%rdi\n"
	"	and $-16,%rsp\n"
	"	call __start_c\n"
	"	hlt\n"
	".size _start,.-_start\n");
