#include <time.h>
#include "tz_impl.h"

char *asctime(const struct tm *tm)
{
	static char buf[3 + 1 + 3 + 1 + 11 + 1 + 11 + 1 + 11 + 1 + 11 + 1 + 11 + 2];

	return __asctime_fmt(tm, buf, sizeof buf);
}
