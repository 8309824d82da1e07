#include <stdlib.h>
#include <unistd.h>
#include "libc.h"
#include "unistd_impl.h"

_Noreturn void __stack_chk_fail(void)
{
	static const char msg[] = "*** stack smashing detected ***: terminated\n";
	__write(STDERR_FILENO, msg, sizeof msg - 1);
	abort();
}
