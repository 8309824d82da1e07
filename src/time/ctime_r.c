#include <time.h>
#include "tz_impl.h"

char *ctime_r(const time_t *t, char *buf)
{
	struct tm tm;

	return __localtime_r(t, &tm) ? __asctime_fmt(&tm, buf, 26) : 0;
}
