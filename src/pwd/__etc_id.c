#include "etc_impl.h"

int __etc_id(const char *s, unsigned *id)
{
	unsigned long long v = 0;

	if (!*s)
		return -1;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return -1;
		v = v * 10 + (unsigned)(*s - '0');
		if (v > 0xffffffffu)
			return -1;
	}
	*id = (unsigned)v;
	return 0;
}
