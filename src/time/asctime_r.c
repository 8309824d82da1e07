#include <time.h>
#include "tz_impl.h"

/* POSIX's buffer is 26 bytes: a longer line is EOVERFLOW, as glibc. */
char *asctime_r(const struct tm *restrict tm, char *restrict buf)
{
	return __asctime_fmt(tm, buf, 26);
}
