/*
 * riscv64 process entry.  The kernel starts us with sp pointing at argc, then
 * argv[], NULL, envp[], NULL, auxv pairs.  gp must hold __global_pointer$
 * before any code the linker relaxed to gp-relative addressing runs; it is
 * loaded with relaxation off, or the load itself would become gp-relative.
 * The frame pointer and return address are zeroed so that unwinders stop
 * here; sp is aligned to 16 as the psABI requires.
 */
__asm__(
	".text\n"
	".global _start\n"
	".type _start,%function\n"
	"_start:\n"
	".weak __global_pointer$\n"
	".hidden __global_pointer$\n"
	".option push\n"
	".option norelax\n"
	"	lla gp, __global_pointer$\n"
	".option pop\n"
	"	li s0, 0\n"
	"	li ra, 0\n"
	"	mv a0, sp\n"
	"	andi sp, sp, -16\n"
	"	call __start_c\n"
	"	unimp\n"
	".size _start,.-_start\n");
