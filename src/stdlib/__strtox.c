#include <errno.h>
#include "strtox.h"

static unsigned digit(unsigned char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 32;
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	return 99;
}

unsigned long long __strtox(const char *nptr, char **end, int base, unsigned long long lim,
			    int is_signed)
{
	const unsigned char *s = (const unsigned char *)nptr;
	unsigned long long v = 0, max;
	int neg = 0, any = 0, over = 0;

	if (base < 0 || base == 1 || base > 36) {
		if (end)
			*end = (char *)nptr;
		errno = EINVAL;
		return 0;
	}
	while (*s == ' ' || (*s >= '\t' && *s <= '\r'))
		s++;
	if (*s == '+' || *s == '-')
		neg = *s++ == '-';
	/* "0x" counts as a prefix only when a hex digit follows; else the 0 is the number. */
	if ((base == 0 || base == 16) && s[0] == '0' && (s[1] | 32) == 'x' && digit(s[2]) < 16) {
		s += 2;
		base = 16;
	} else if (base == 0) {
		base = *s == '0' ? 8 : 10;
	}
	max = is_signed && neg ? lim + 1 : lim;
	for (unsigned d; (d = digit(*s)) < (unsigned)base; s++) {
		any = 1;
		if (v > (max - d) / base)
			over = 1;
		else
			v = v * base + d;
	}
	if (end)
		*end = (char *)(any ? (const char *)s : nptr);
	if (over) {
		errno = ERANGE;
		return is_signed && neg ? -max : max;
	}
	return neg ? -v : v;
}
