#include <errno.h>

/*
 * errno is reached through a function, as in glibc and musl, so that a
 * threaded future can make it per-thread without changing any caller.
 */
static int errno_value;

int *__errno_location(void)
{
	return &errno_value;
}
