#include <string.h>
#include "string_impl.h"
#include "utoa.h"

size_t __strerror_unknown(int errnum, char *buf, size_t size)
{
	static const char prefix[] = "Unknown error ";
	char num[sizeof prefix + 12], *p = num + sizeof num - 1;
	unsigned v = errnum < 0 ? -(unsigned)errnum : (unsigned)errnum;
	size_t len;

	*p = 0;
	p = __utoa_before(p, v);
	if (errnum < 0)
		*--p = '-';
	p -= sizeof prefix - 1;
	memcpy(p, prefix, sizeof prefix - 1);
	len = strlen(p);
	if (size) {
		size_t n = len < size ? len : size - 1;

		memcpy(buf, p, n);
		buf[n] = 0;
	}
	return len;
}
