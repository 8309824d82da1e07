/*
 * s390x process entry.  The kernel starts us with r15 pointing at argc, then
 * argv[], NULL, envp[], NULL, auxv pairs.  r15 is aligned down to 16 and
 * lowered by the 160-byte register save area every caller provides; its
 * back chain word is zeroed, where unwinders stop.
 */
__asm__(
	".text\n"
	".global _start\n"
	".type _start,@function\n"
	"_start:\n"
	"	lgr %r2, %r15\n"
	"	nill %r15, 0xfff0\n"
	"	aghi %r15, -160\n"
	"	xc 0(8,%r15), 0(%r15)\n"
	"	brasl %r14, __start_c\n"
	"	.word 0\n"
	".size _start,.-_start\n");
