#include <string.h>
#include "lookup.h"

/*
 * A recursive query for name (dotted; one final dot allowed) and type, class
 * IN, with id: its length, or -1 for a name DNS cannot carry (an empty
 * label, a label over 63 bytes, over 255 bytes in all).
 */
int __dns_query(unsigned char *q, size_t size, const char *name, int type, unsigned id)
{
	size_t n = strlen(name), pos = 12;

	if (n && name[n - 1] == '.')
		n--;
	if (!n || n > 253 || size < 12 + n + 2 + 4)
		return -1;
	memset(q, 0, 12);
	q[0] = id >> 8;
	q[1] = id;
	q[2] = 0x01; /* RD: the server recurses */
	q[5] = 1;    /* one question */
	for (size_t i = 0; i < n;) {
		size_t l = 0;

		while (i + l < n && name[i + l] != '.')
			l++;
		if (l == 0 || l > 63)
			return -1;
		q[pos++] = l;
		memcpy(q + pos, name + i, l);
		pos += l;
		i += l + 1;
	}
	q[pos++] = 0;
	q[pos++] = type >> 8;
	q[pos++] = type;
	q[pos++] = 0;
	q[pos++] = 1;
	return pos;
}
