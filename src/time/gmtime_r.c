#define _GNU_SOURCE
#include <errno.h>
#include <limits.h>
#include <time.h>
#include "time_impl.h"

/*
 * Days since 1970-01-01 to a proleptic Gregorian date, by 400-year eras
 * starting on March 1st (Howard Hinnant's civil_from_days), exact for every
 * time_t whose year fits an int (|days| < 2^47: no sum below overflows).
 */
struct tm *__gmtime_r(const time_t *restrict t, struct tm *restrict tm)
{
	long long secs = *t % 86400, days = *t / 86400, era, doe, yoe, doy, mp, y;

	if (secs < 0) {
		secs += 86400;
		days--;
	}
	tm->tm_wday = (int)((days % 7 + 11) % 7);
	days += 719468;
	era = (days >= 0 ? days : days - 146096) / 146097;
	doe = days - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	y = yoe + era * 400 + (mp >= 10);
	if (y - 1900 > INT_MAX || y - 1900 < INT_MIN) {
		errno = EOVERFLOW;
		return 0;
	}
	tm->tm_year = (int)(y - 1900);
	tm->tm_mon = (int)(mp < 10 ? mp + 2 : mp - 10);
	tm->tm_mday = (int)(doy - (153 * mp + 2) / 5 + 1);
	/* Day of the year from January 1st: March 1st is day 59 or 60. */
	tm->tm_yday = (int)(mp >= 10 ? doy - 306 : doy + 59 + ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
	tm->tm_hour = (int)(secs / 3600);
	tm->tm_min = (int)(secs / 60 % 60);
	tm->tm_sec = (int)(secs % 60);
	tm->tm_isdst = 0;
	tm->tm_gmtoff = 0;
	tm->tm_zone = "GMT";
	return tm;
}

weak_alias(__gmtime_r, gmtime_r);
