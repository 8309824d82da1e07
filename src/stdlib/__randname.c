#include <stdint.h>
#include <sys/auxv.h>
#include "syscall.h"
#include "temp.h"

/*
 * splitmix64 over a state seeded once from the kernel's AT_RANDOM bytes
 * (the half the stack protector does not use), the pid and a stack address.
 * The names need not be secret: O_EXCL, not the name, makes mkstemp safe;
 * they must only be unlikely to collide and hard to guess in advance.
 */
void __randname(char *p)
{
	static const char chars[] =
		"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
	static uint64_t state;
	static int seeded;
	uint64_t z;

	if (!seeded) {
		const unsigned char *r = (const void *)__getauxval(AT_RANDOM);

		for (int i = 8; r && i < 16; i++)
			state = state << 8 | r[i];
		state ^= (uint64_t)__syscall(SYS_getpid) << 32 ^ (uintptr_t)&z;
		seeded = 1;
	}
	z = state += 0x9e3779b97f4a7c15ull;
	z = (z ^ z >> 30) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ z >> 27) * 0x94d049bb133111ebull;
	z ^= z >> 31;
	for (int i = 0; i < 6; i++, z /= 62)
		p[i] = chars[z % 62];
}
