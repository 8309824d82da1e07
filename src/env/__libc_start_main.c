#include <stdlib.h>
#include <sys/auxv.h>
#include "libc.h"

char **__environ;
weak_alias(__environ, environ);
size_t *__auxv;
char *__progname_full = "", *__progname = "";
weak_alias(__progname_full, program_invocation_name);
weak_alias(__progname, program_invocation_short_name);

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

	for (i = 0; i < (size_t)(__preinit_array_end - __preinit_array_start); i++)
		__preinit_array_start[i](argc, argv, envp);
	for (i = 0; i < (size_t)(__init_array_end - __init_array_start); i++)
		__init_array_start[i](argc, argv, envp);

	exit(main(argc, argv, envp));
}
