#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <time.h>
#include "tz_impl.h"

/* glibc's text and limits: "???" for a day or month out of range, EOVERFLOW past size. */
char *__asctime_fmt(const struct tm *tm, char *buf, size_t size)
{
	static const char days[] = "SunMonTueWedThuFriSat", months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	int n;

	if (tm->tm_year > INT_MAX - 1900) {
		errno = EOVERFLOW;
		return 0;
	}
	n = snprintf(buf, size, "%.3s %.3s%3d %.2d:%.2d:%.2d %d\n",
		     tm->tm_wday < 0 || tm->tm_wday > 6 ? "???" : days + 3 * tm->tm_wday,
		     tm->tm_mon < 0 || tm->tm_mon > 11 ? "???" : months + 3 * tm->tm_mon, tm->tm_mday,
		     tm->tm_hour, tm->tm_min, tm->tm_sec, tm->tm_year + 1900);
	if (n < 0 || (size_t)n >= size) {
		errno = EOVERFLOW;
		return 0;
	}
	return buf;
}
