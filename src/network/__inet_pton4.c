#include "inet_impl.h"

/*
 * Exactly four decimal parts of 0..255, with no leading zeros (a zero is
 * "0"), as inet_pton(AF_INET) takes them; the string must end after them.
 */
int __inet_pton4(const char *s, unsigned char *out)
{
	unsigned char a[4];

	for (int i = 0; i < 4; i++) {
		unsigned v = 0;
		int n = 0;

		if (i && *s++ != '.')
			return 0;
		for (; *s >= '0' && *s <= '9'; s++, n++) {
			if (n && v == 0)
				return 0;
			v = v * 10 + (*s - '0');
			if (v > 255)
				return 0;
		}
		if (!n)
			return 0;
		a[i] = v;
	}
	if (*s)
		return 0;
	for (int i = 0; i < 4; i++)
		out[i] = a[i];
	return 1;
}
