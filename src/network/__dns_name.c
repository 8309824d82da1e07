#include "lookup.h"

/*
 * A compression pointer must point before the start of the stretch of
 * labels it ends (where the name began, or the previous pointer's target):
 * a compressor can only refer to names it wrote earlier, and the targets,
 * strictly decreasing, cannot loop.  Labels longer than 63 bytes, the
 * reserved label types, a name over 255 bytes on the wire, and a dot or a
 * NUL inside a label (which the dotted form could not tell apart) are refused.
 */
int __dns_name(const unsigned char *p, size_t len, size_t off, char *out)
{
	size_t pos = off, start = off, wire = 1, n = 0;
	int end = -1;

	for (;;) {
		unsigned c;

		if (pos >= len)
			return -1;
		c = p[pos];
		if (c >= 0xc0) {
			size_t to;

			if (pos + 1 >= len)
				return -1;
			to = (c & 0x3f) << 8 | p[pos + 1];
			if (end < 0)
				end = pos + 2;
			if (to >= start)
				return -1;
			start = pos = to;
			continue;
		}
		if (c >= 0x40)
			return -1;
		if (c == 0)
			break;
		wire += c + 1;
		if (pos + 1 + c > len || wire > 255)
			return -1;
		if (n)
			out[n++] = '.';
		for (size_t i = pos + 1; i <= pos + c; i++) {
			if (p[i] == '.' || p[i] == 0)
				return -1;
			out[n++] = p[i];
		}
		pos += 1 + c;
	}
	out[n] = 0;
	return end < 0 ? (int)pos + 1 : end;
}
