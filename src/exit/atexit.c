#include <stdlib.h>
#include "exit_impl.h"

/* exit runs them last-registered first; one registered during exit runs too. */
static struct handler_stack handlers;

int atexit(void (*func)(void))
{
	return __handler_push(&handlers, func);
}

void __funcs_on_exit(void)
{
	__handler_run_all(&handlers);
}
