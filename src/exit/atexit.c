#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include "libc.h"

/*
 * POSIX promises ATEXIT_MAX >= 32 registrations; a static table keeps exit
 * working without malloc.  Handlers run last-registered first, and one that
 * registers another during exit gets it run too.
 */
static void (*handlers[ATEXIT_MAX])(void);
static int count;

int atexit(void (*func)(void))
{
	if (count == ATEXIT_MAX) {
		errno = ENOMEM;
		return -1;
	}
	handlers[count++] = func;
	return 0;
}

void __funcs_on_exit(void)
{
	while (count > 0)
		handlers[--count]();
}
