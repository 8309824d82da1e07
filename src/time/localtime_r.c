#define _GNU_SOURCE
#include <errno.h>
#include <time.h>
#include "time_impl.h"
#include "tz_impl.h"

/* As glibc's, it reads TZ only when no zone is loaded yet: localtime, mktime and tzset look again. */
struct tm *__localtime_r(const time_t *restrict t, struct tm *restrict tm)
{
	struct tz_state st;
	time_t local;

	__tz_sync(-1);
	__tz_at(*t, &st);
	if (__builtin_add_overflow(*t, (time_t)st.gmtoff, &local)) {
		errno = EOVERFLOW;
		return 0;
	}
	if (!__gmtime_r(&local, tm))
		return 0;
	tm->tm_isdst = st.isdst;
	tm->tm_gmtoff = st.gmtoff;
	tm->tm_zone = st.abbr;
	return tm;
}

weak_alias(__localtime_r, localtime_r);
