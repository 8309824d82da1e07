#include <string.h>

void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	/* Copy backwards when the destination starts inside the source. */
	if (d > s && d < s + n) {
		while (n--)
			d[n] = s[n];
		return dst;
	}
	while (n--)
		*d++ = *s++;
	return dst;
}
