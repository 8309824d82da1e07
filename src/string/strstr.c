#include <string.h>

/*
 * Naive search: O(len(s) * len(find)) in the worst case, which the short
 * needles of a small program never approach; memchr skips to candidates.
 */
char *strstr(const char *s, const char *find)
{
	size_t n = strlen(find), len = strlen(s);
	const char *end = s + len;

	if (!n)
		return (char *)s;
	while ((size_t)(end - s) >= n) {
		s = memchr(s, find[0], end - s - n + 1);
		if (!s)
			return NULL;
		if (!memcmp(s, find, n))
			return (char *)s;
		s++;
	}
	return NULL;
}
