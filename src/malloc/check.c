#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <unistd.h>
#include "malloc_impl.h"
#include "libc.h"
#include "unistd_impl.h"

/*
 * AT_RANDOM points at 16 kernel-supplied random bytes.  The stack protector
 * takes the first 8 (src/env/__init_ssp.c); the header keys take the rest,
 * so a leaked canary says nothing about them.  A 32-bit target gets a key
 * from each half; a 64-bit one spreads its 8 bytes over both keys.
 */
#define AT_RANDOM_HEAP_OFFSET 8

void __heap_seed(void)
{
	const unsigned char *r = (const unsigned char *)__getauxval(AT_RANDOM);
	uint64_t s = 0;

	if (r)
		memcpy(&s, r + AT_RANDOM_HEAP_OFFSET, sizeof s);
	/* No AT_RANDOM (never on Linux): the heap's own address is better than 0. */
	if (!s)
		s = (uintptr_t)&__heap * 0x2545f4914f6cdd1dull;
	__heap.key[0] = (uintptr_t)s;
	if (sizeof(uintptr_t) < sizeof s) {
		__heap.key[1] = (uintptr_t)(s >> 32);
	} else {
		s = (s ^ (s >> 31)) * 0xbf58476d1ce4e5b9ull;
		__heap.key[1] = (uintptr_t)(s ^ (s >> 29));
	}
}

static size_t put(char *buf, size_t at, const char *s)
{
	size_t n = strlen(s);

	memcpy(buf + at, s, n);
	return at + n;
}

/*
 * One line on fd 2, then SIGABRT.  Built by hand with write(2) alone: the
 * heap is corrupt, so nothing that might allocate may run.
 */
_Noreturn void __heap_fail(const char *what, const void *addr)
{
	static const char hex[] = "0123456789abcdef";
	char buf[128];
	uintptr_t a = (uintptr_t)addr;
	size_t n = put(buf, 0, "trapdoor malloc: ");
	int shift;

	n = put(buf, n, what);
	n = put(buf, n, " 0x");
	for (shift = sizeof a * 8 - 4; shift > 0 && !(a >> shift); shift -= 4)
		;
	for (; shift >= 0; shift -= 4)
		buf[n++] = hex[(a >> shift) & 0xf];
	buf[n++] = '\n';
	__write(STDERR_FILENO, buf, n);
	abort();
}
