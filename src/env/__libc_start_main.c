#include <stdlib.h>
#include <sys/auxv.h>
#include "libc.h"

char **__environ;
weak_alias(__environ, environ);
size_t *__auxv;

/* Provided by the linker for static executables. */
extern void (*const __preinit_array_start[])(int, char **, char **) __attribute__((weak));
extern void (*const __preinit_array_end[])(int, char **, char **) __attribute__((weak));
extern void (*const __init_array_start[])(int, char **, char **) __attribute__((weak));
extern void (*const __init_array_end[])(int, char **, char **) __attribute__((weak));

_Noreturn void __libc_start_main(int (*main)(), int argc, char **argv)
{
	char **envp = argv + argc + 1;
	size_t i;

	__environ = envp;
	for (i = 0; envp[i]; i++)
		;
	__auxv = (size_t *)(envp + i + 1);
	/* Before any code built with a stack protector runs: init functions may be. */
	__init_ssp((const void *)getauxval(AT_RANDOM));

	for (i = 0; i < (size_t)(__preinit_array_end - __preinit_array_start); i++)
		__preinit_array_start[i](argc, argv, envp);
	for (i = 0; i < (size_t)(__init_array_end - __init_array_start); i++)
		__init_array_start[i](argc, argv, envp);

	exit(main(argc, argv, envp));
}
