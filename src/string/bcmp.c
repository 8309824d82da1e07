#include <string.h>
#include <strings.h>

/* clang turns memcmp(...) == 0 into a call to bcmp, so programs need it. */
int bcmp(const void *a, const void *b, size_t n)
{
	return memcmp(a, b, n);
}
