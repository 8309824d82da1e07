#include <stdint.h>
#include <stdlib.h>
#include <sys/auxv.h>
#include "libc.h"

char **__environ;
weak_alias(__environ, environ);
size_t *__auxv;
char *__progname_full = "", *__progname = "";
weak_alias(__progname_full, program_invocation_name);
weak_alias(__progname, program_invocation_short_name);

/*
 * A static program's GNU indirect functions (gcc's ifunc attribute and
 * target_clones, the library's CPU-specific variants), each an IRELATIVE
 * relocation (libc.h); nothing else goes in those ranges.  Every arch's
 * resolver gets AT_HWCAP first; a second word of 0 tells aarch64's and
 * riscv64's there is no more (docs/internals.md).  Not inlined: its
 * registers would grow __libc_start_main's frame, and with it move the
 * stack main starts on (s390x: off a 16-byte boundary).
 */
typedef uintptr_t (*ifunc_resolver)(unsigned long hwcap, unsigned long more);

static __attribute__((noinline)) void apply_irelative(void)
{
	unsigned long hwcap = __getauxval(AT_HWCAP);
	const __Rel *r;
	const __Rela *ra;

	for (r = __rel_iplt_start; r < __rel_iplt_end; r++) {
		uintptr_t *where = (uintptr_t *)r->r_offset;
		*where = ((ifunc_resolver)*where)(hwcap, 0);
	}
	for (ra = __rela_iplt_start; ra < __rela_iplt_end; ra++)
		*(uintptr_t *)ra->r_offset = ((ifunc_resolver)ra->r_addend)(hwcap, 0);
}

_Noreturn void __libc_start_main(int (*main)(), int argc, char **argv)
{
	char **envp = argv + argc + 1;
	size_t i;

	__environ = envp;
	if (argc > 0 && argv[0]) {
		__progname_full = __progname = argv[0];
		for (char *p = argv[0]; *p; p++)
			if (*p == '/')
				__progname = p + 1;
	}
	for (i = 0; envp[i]; i++)
		;
	__auxv = (size_t *)(envp + i + 1);
	/* Before any code built with a stack protector runs: init functions may be. */
	__init_ssp((const void *)__getauxval(AT_RANDOM));
	__init_tls();
	/* Resolvers may read thread-locals, the canary and the environment; nothing has called through them yet. */
	apply_irelative();

	for (i = 0; i < (size_t)(__preinit_array_end - __preinit_array_start); i++)
		__preinit_array_start[i](argc, argv, envp);
	for (i = 0; i < (size_t)(__init_array_end - __init_array_start); i++)
		__init_array_start[i](argc, argv, envp);

	exit(main(argc, argv, envp));
}
