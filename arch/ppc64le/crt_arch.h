/*
 * ppc64le process entry (ELFv2).  The kernel starts us with r1 pointing at
 * argc, then argv[], NULL, envp[], NULL, auxv pairs.  r2 must hold the TOC
 * pointer before any C runs; it is computed from our own address (bcl/mflr)
 * rather than from r12, which only the ELFv2 function-call convention
 * promises.  The stack is aligned to 16 and gets a 32-byte minimal frame with
 * a null back chain, where unwinders stop, and lr is zeroed.
 */
__asm__(
	".text\n"
	".global _start\n"
	".type _start,@function\n"
	"_start:\n"
	"	bcl 20, 31, 1f\n"
	"1:	mflr 12\n"
	"	addis 2, 12, .TOC.-1b@ha\n"
	"	addi 2, 2, .TOC.-1b@l\n"
	"	mr 3, 1\n"
	"	clrrdi 1, 1, 4\n"
	"	li 0, 0\n"
	"	stdu 0, -32(1)\n"
	"	mtlr 0\n"
	"	bl __start_c\n"
	"	nop\n"
	"	trap\n"
	".size _start,.-_start\n");
