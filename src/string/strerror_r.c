#define _GNU_SOURCE 1
#include <string.h>
#include "string_impl.h"

/*
 * GNU's strerror_r: the library's own text for a known number, buf (cut to
 * size) only for an unknown one.
 */
char *strerror_r(int errnum, char *buf, size_t size)
{
	const char *msg = __strerror_known(errnum);

	if (msg)
		return (char *)msg;
	__strerror_unknown(errnum, buf, size);
	return buf;
}
