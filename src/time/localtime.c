#include <time.h>
#include "tz_impl.h"

struct tm *localtime(const time_t *t)
{
	static struct tm tm;

	__tz_sync(0);
	return __localtime_r(t, &tm);
}
