/*
 * aarch64 process entry.  The kernel starts us with sp pointing at argc, then
 * argv[], NULL, envp[], NULL, auxv pairs.  The frame pointer and link register
 * are zeroed so that unwinders stop here; sp is aligned to 16 as AAPCS64
 * requires at every public interface.
 */
__asm__(
	".text\n"
	".global _start\n"
	".type _start,%function\n"
	"_start:\n"
	"	mov x29, #0\n"
	"	mov x30, #0\n"
	"	mov x0, sp\n"
	"	and sp, x0, #-16\n"
	"	bl __start_c\n"
	"	brk #0\n"
	".size _start,.-_start\n");
