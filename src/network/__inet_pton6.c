#include <string.h>
#include "inet_impl.h"

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c |= 0x20;
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/*
 * Up to eight groups of one to four hex digits; one "::" stands for one or
 * more zero groups; the last 32 bits may be written as a dotted IPv4
 * address.  Nothing may follow.
 */
int __inet_pton6(const char *s, unsigned char *out)
{
	unsigned char a[16];
	int n = 0, gap = -1;

	if (*s == ':' && *++s != ':')
		return 0;
	for (;;) {
		const char *start = s;
		unsigned v = 0;
		int d;

		if (*s == ':') {
			if (gap >= 0)
				return 0;
			gap = n;
			if (!*++s)
				break;
			start = s;
		}
		for (d = 0; d < 5 && hexval(*s) >= 0; d++)
			v = v << 4 | hexval(*s++);
		if (d == 0 || d > 4)
			return 0;
		if (*s == '.') {
			if (n > 12 || __inet_pton4(start, a + n) <= 0)
				return 0;
			n += 4;
			break;
		}
		if (n == 16)
			return 0;
		a[n++] = v >> 8;
		a[n++] = v;
		if (!*s)
			break;
		if (*s++ != ':' || !*s)
			return 0;
	}
	if (gap < 0 ? n != 16 : n == 16)
		return 0;
	if (gap >= 0) {
		memmove(a + 16 - (n - gap), a + gap, n - gap);
		memset(a + gap, 0, 16 - n);
	}
	memcpy(out, a, 16);
	return 1;
}
