#include <errno.h>
#include <string.h>
#include "string_impl.h"

/*
 * POSIX's strerror_r, which <string.h> names strerror_r unless _GNU_SOURCE:
 * EINVAL for a number Linux does not use (buf still says "Unknown error N",
 * as glibc's does), ERANGE when buf is too small (buf holds what fits).
 */
int __xpg_strerror_r(int errnum, char *buf, size_t size)
{
	const char *msg = __strerror_known(errnum);
	size_t len;

	if (!msg) {
		len = __strerror_unknown(errnum, buf, size);
		return len < size ? EINVAL : ERANGE;
	}
	len = strlen(msg);
	if (size) {
		size_t n = len < size ? len : size - 1;

		memcpy(buf, msg, n);
		buf[n] = 0;
	}
	return len < size ? 0 : ERANGE;
}
