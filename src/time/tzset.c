#include <time.h>
#include "tz_impl.h"

/* An explicit call reads the zone again even when TZ is unchanged: the file may have been. */
void __tzset(void)
{
	__tz_sync(1);
}

weak_alias(__tzset, tzset);
