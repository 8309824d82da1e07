#include <errno.h>
#include <string.h>
#include "inet_impl.h"
#include "utoa.h"

static char *put_v4(char *p, const unsigned char *a)
{
	for (int i = 0; i < 4; i++) {
		char buf[4], *d = __utoa_before(buf + 4, a[i]);

		if (i)
			*p++ = '.';
		while (d < buf + 4)
			*p++ = *d++;
	}
	return p;
}

static char *put_hex(char *p, unsigned v)
{
	static const char digits[] = "0123456789abcdef";
	int shift = 12;

	while (shift && !(v >> shift))
		shift -= 4;
	for (; shift >= 0; shift -= 4)
		*p++ = digits[v >> shift & 15];
	return p;
}

/*
 * The longest run of two or more zero groups (the first of equal ones)
 * becomes "::"; an IPv4-mapped address, or one of the old IPv4-compatible
 * form, ends in dotted decimal, as glibc writes them.
 */
static char *put_v6(char *p, const unsigned char *a)
{
	unsigned w[8];
	int best = -1, best_len = 1;

	for (int i = 0; i < 8; i++)
		w[i] = a[2 * i] << 8 | a[2 * i + 1];
	for (int i = 0, len; i < 8; i += len ? len : 1) {
		for (len = 0; i + len < 8 && !w[i + len]; len++)
			;
		if (len > best_len)
			best = i, best_len = len;
	}
	for (int i = 0; i < 8; i++) {
		if (i == best) {
			*p++ = ':';
			if (i + best_len == 8)
				*p++ = ':';
			i += best_len - 1;
			continue;
		}
		if (i)
			*p++ = ':';
		if (i == 6 && best == 0 && (best_len == 6 || (best_len == 5 && w[5] == 0xffff)))
			return put_v4(p, a + 12);
		p = put_hex(p, w[i]);
	}
	return p;
}

const char *__inet_ntop(int af, const void *restrict src, char *restrict dst, socklen_t size)
{
	char buf[INET6_ADDRSTRLEN], *end;

	if (af == AF_INET)
		end = put_v4(buf, src);
	else if (af == AF_INET6)
		end = put_v6(buf, src);
	else
		return errno = EAFNOSUPPORT, (const char *)0;
	*end++ = 0;
	if ((socklen_t)(end - buf) > size)
		return errno = ENOSPC, (const char *)0;
	return memcpy(dst, buf, end - buf);
}

weak_alias(__inet_ntop, inet_ntop);
