#include <time.h>
#include "tz_impl.h"

char *ctime(const time_t *t)
{
	static char buf[3 + 1 + 3 + 1 + 11 + 1 + 11 + 1 + 11 + 1 + 11 + 1 + 11 + 2];
	struct tm tm;

	__tz_sync(0);
	return __localtime_r(t, &tm) ? __asctime_fmt(&tm, buf, sizeof buf) : 0;
}
