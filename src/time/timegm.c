#include <errno.h>
#include <time.h>
#include "time_impl.h"
#include "tz_impl.h"

time_t timegm(struct tm *tm)
{
	time_t t = (time_t)__tm_to_secs(tm, tm->tm_sec);
	struct tm out;

	if (!__gmtime_r(&t, &out)) {
		errno = EOVERFLOW;
		return -1;
	}
	*tm = out;
	return t;
}
