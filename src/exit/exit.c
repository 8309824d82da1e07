#include <stdlib.h>
#include "libc.h"

static void nothing(void)
{
}
weak_alias(nothing, __funcs_on_exit);
weak_alias(nothing, __stdio_exit);

void __libc_exit_fini(void)
{
	size_t i = __fini_array_end - __fini_array_start;

	while (i--)
		__fini_array_start[i]();
}

_Noreturn void exit(int status)
{
	__funcs_on_exit();
	__libc_exit_fini();
	__stdio_exit();
	_Exit(status);
}
