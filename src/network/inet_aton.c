#include <ctype.h>
#include "inet_impl.h"

/*
 * One number in C notation (0x hex, 0 octal, else decimal) below 2^32;
 * NULL when there is none or it is too large.
 */
static const char *number(const char *s, unsigned long long *v)
{
	unsigned base = 10, digits = 0;

	*v = 0;
	if (*s == '0') {
		base = 8;
		digits = 1;
		if ((s[1] | 0x20) == 'x' && isxdigit((unsigned char)s[2]))
			base = 16, s += 2, digits = 0;
		else
			s++;
	}
	for (;; s++, digits++) {
		unsigned d;

		if (*s >= '0' && *s <= '9')
			d = *s - '0';
		else if (base == 16 && isxdigit((unsigned char)*s))
			d = (*s | 0x20) - 'a' + 10;
		else
			break;
		if (d >= base)
			break;
		*v = *v * base + d;
		if (*v > 0xffffffff)
			return 0;
	}
	return digits ? s : 0;
}

/*
 * The forms a, a.b, a.b.c and a.b.c.d, the last part filling the bytes left;
 * anything after a space is ignored, as glibc ignores it.  1 on success.
 */
int __inet_aton(const char *s, struct in_addr *a)
{
	unsigned long long part[4];
	int n = 0;

	for (;;) {
		if (!isdigit((unsigned char)*s) || !(s = number(s, &part[n])))
			return 0;
		if (*s != '.')
			break;
		if (n == 3 || part[n] > 255)
			return 0;
		n++;
		s++;
	}
	if (*s && !isspace((unsigned char)*s))
		return 0;
	if (part[n] >> (8 * (4 - n)))
		return 0;
	unsigned long long v = part[n];
	for (int i = 0; i < n; i++)
		v |= part[i] << (8 * (3 - i));
	if (a)
		a->s_addr = htonl((uint32_t)v);
	return 1;
}

weak_alias(__inet_aton, inet_aton);
