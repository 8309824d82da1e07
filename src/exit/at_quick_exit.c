#include <stdlib.h>
#include "exit_impl.h"

/* quick_exit runs them last-registered first, as exit runs atexit's. */
static struct handler_stack handlers;

int at_quick_exit(void (*func)(void))
{
	return __handler_push(&handlers, func);
}

void __funcs_on_quick_exit(void)
{
	__handler_run_all(&handlers);
}
