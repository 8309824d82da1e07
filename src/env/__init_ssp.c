#include <stdint.h>
#include <string.h>
#include "libc.h"

uintptr_t __stack_chk_guard;

void __init_ssp(const void *entropy)
{
	if (entropy)
		memcpy(&__stack_chk_guard, entropy, sizeof __stack_chk_guard);
	/* A zero low byte stops string functions from reading or writing past it. */
	__stack_chk_guard &= ~(uintptr_t)0xff;
}
