/*
 * The time zone: loaded from TZ (a POSIX rule string, or a TZif file by
 * name) or /etc/localtime, and asked for the offset at an instant.
 */
#ifndef TRAPDOOR_TZ_IMPL_H
#define TRAPDOOR_TZ_IMPL_H

#include <stddef.h>
#include <time.h>
#include "libc.h"

/* The zone's state at one instant: seconds east of UTC, DST flag, name. */
struct tz_state {
	long gmtoff;
	int isdst;
	const char *abbr;
};

/* tzname, timezone and daylight under reserved names; the public ones are weak aliases. */
extern hidden char *__tzname[2];
extern hidden long __timezone;
extern hidden int __daylight;

/*
 * Load the zone: how < 0, only if none is loaded yet; 0, when TZ differs
 * from the value last loaded; > 0, always.
 */
hidden void __tz_sync(int how);
hidden void __tz_at(long long t, struct tz_state *st);
hidden void __tzset(void);
hidden struct tm *__localtime_r(const time_t *restrict t, struct tm *restrict tm);
hidden time_t __mktime(struct tm *tm);
/* asctime's line into buf of size bytes; NULL and EOVERFLOW when it does not fit. */
hidden char *__asctime_fmt(const struct tm *tm, char *buf, size_t size);

/*
 * At most max bytes of a file into buf: the length, or -1 when it cannot be
 * read or is longer.  Apart so that host-side tests can bring their own.
 */
hidden long __tz_read_file(const char *path, unsigned char *buf, size_t max);

/* Days from 1970-01-01 to the first of month mon (0-11) of year y (proleptic Gregorian). */
static inline long long __days_from_civil(long long y, int mon)
{
	long long era, yoe, doy, doe;
	int mp = mon < 2 ? mon + 10 : mon - 2;

	y -= mon < 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * mp + 2) / 5;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static inline int __leap_year(long long y)
{
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

/* tm's fields, any of them out of range, as seconds from the epoch in UTC, with sec for tm_sec. */
static inline long long __tm_to_secs(const struct tm *tm, int sec)
{
	int mon = tm->tm_mon % 12;
	long long year = tm->tm_year + 1900LL + tm->tm_mon / 12 - (mon < 0);

	return (__days_from_civil(year, mon < 0 ? mon + 12 : mon) + tm->tm_mday - 1) * 86400LL +
	       tm->tm_hour * 3600LL + tm->tm_min * 60LL + sec;
}

#endif
