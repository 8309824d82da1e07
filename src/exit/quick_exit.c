#include <stdlib.h>
#include "exit_impl.h"

/* The at_quick_exit handlers, then out: no atexit handlers, no stdio flush. */
_Noreturn void quick_exit(int status)
{
	__funcs_on_quick_exit();
	_Exit(status);
}
