/*
 * arm process entry.  The kernel starts us with sp pointing at argc, then
 * argv[], NULL, envp[], NULL, auxv pairs.  Both frame pointers (r11 in ARM
 * code, r7 in Thumb) and lr are zeroed so that unwinders stop here; sp is
 * aligned to 16 (AAPCS asks 8 at a public interface).  Thumb cannot use sp
 * as the operand of bic, hence the detour through r1.
 */
__asm__(
	".text\n"
	".syntax unified\n"
	".global _start\n"
	".type _start,%function\n"
	"_start:\n"
	"	mov r7, #0\n"
	"	mov r11, #0\n"
	"	mov lr, #0\n"
	"	mov r0, sp\n"
	"	bic r1, r0, #15\n"
	"	mov sp, r1\n"
	"	bl __start_c\n"
	"	udf #0\n"
	".size _start,.-_start\n");
