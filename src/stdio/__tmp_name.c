#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/auxv.h>
#include "stdio_impl.h"
#include "syscall.h"

/*
 * Writes "/tmp/tmp" and 6 letters or digits to buf, from a counter, the pid
 * and the kernel's AT_RANDOM bytes mixed by a multiplicative hash: a
 * different name on each call, hard to guess in advance.  The caller opens it
 * with O_EXCL, or only reports it (tmpnam).
 */
void __tmp_name(char *buf)
{
	static const char letters[] =
		"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
	static unsigned long long counter;
	const unsigned char *r = (const unsigned char *)__getauxval(AT_RANDOM);
	unsigned long long x = ++counter * 0x9e3779b97f4a7c15ull;
	int i;

	for (i = 0; r && i < 8; i++)
		x ^= (unsigned long long)r[i] << 8 * i;
	x ^= (unsigned long long)__syscall(SYS_getpid) * 0xbf58476d1ce4e5b9ull;
	x ^= x >> 29;
	x *= 0x94d049bb133111ebull;
	x ^= x >> 31;
	memcpy(buf, "/tmp/tmp", 8);
	for (i = 8; i < 14; i++, x /= 62)
		buf[i] = letters[x % 62];
	buf[14] = 0;
}

/* True if nothing, not even a dangling symlink, has the name. */
int __tmp_name_free(const char *name)
{
	char c;

	return __syscall(SYS_readlinkat, AT_FDCWD, name, &c, 1) == -ENOENT;
}
