/*
 * mips64el process entry (n64).  The kernel starts us with $sp pointing at
 * argc, then argv[], NULL, envp[], NULL, auxv pairs.  gcc's n64 code is
 * abicalls code even without -fpic: each function computes $gp from its own
 * address in $25 and reaches other symbols through the GOT.  So _start sets
 * $gp the same way from an address it learns with bal (.cpsetup), loads
 * __start_c's address from the GOT into $25 and calls it through $25.  The
 * frame pointer is zeroed so that unwinders stop here, and $sp is aligned
 * to 16 as n64 requires.  The mips linkers' default entry symbol is
 * __start, so it names the same address.
 */
__asm__(
	".text\n"
	".global _start\n"
	".global __start\n"
	".type _start,@function\n"
	"_start:\n"
	"__start:\n"
	"	.set push\n"
	"	.set noreorder\n"
	"	bal 1f\n"
	"	nop\n"
	"1:	.cpsetup $31, $25, 1b\n"
	"	.set reorder\n"
	"	.set macro\n"
	"	move $4, $29\n"
	"	daddiu $2, $0, -16\n"
	"	and $29, $29, $2\n"
	"	move $30, $0\n"
	"	dla $25, __start_c\n"
	"	jalr $25\n"
	"	teq $0, $0\n"
	"	.set pop\n"
	".size _start,.-_start\n");
