#define _DEFAULT_SOURCE 1
#include <string.h>

/*
 * The empty asm claims to read the buffer, so the compiler may not drop the
 * memset as a store to memory that is never read again.
 */
void explicit_bzero(void *s, size_t n)
{
	memset(s, 0, n);
	__asm__ __volatile__("" : : "r"(s) : "memory");
}
