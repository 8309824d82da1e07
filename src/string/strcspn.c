#include <string.h>

size_t strcspn(const char *s, const char *reject)
{
	size_t n = 0;

	/* strchr finds the terminating NUL too, so test the byte first. */
	while (s[n] && !strchr(reject, s[n]))
		n++;
	return n;
}
