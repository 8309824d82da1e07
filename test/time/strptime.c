/* strptime in the C locale: every conversion, the derived fields and the failures, as glibc gives them. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "t.h"

struct want {
	const char *format, *input;
	int end; /* bytes read, -1 for NULL */
	int f[8]; /* year mon mday hour min sec wday yday, untouched fields -7 or 0 */
	long gmtoff;
};

/* Expected values from glibc 2.36's strptime on the same inputs (wday and yday preset to -7). */
static const struct want cases[] = {
	{ "%Y-%m-%d %H:%M:%S", "2024-02-29 13:45:59", 19, { 124, 1, 29, 13, 45, 59, 4, 59 }, 0L },
	{ "%F %T", "1999-12-31 23:59:60", 19, { 99, 11, 31, 23, 59, 60, 5, 364 }, 0L },
	{ "%a, %d %b %Y %H:%M:%S %z", "Tue, 05 Mar 2024 07:08:09 +0130", 31, { 124, 2, 5, 7, 8, 9, 2, 64 }, 5400L },
	{ "%A %B %e %Y", "friday JULY  4 1776", 19, { -124, 6, 4, 0, 0, 0, 5, 185 }, 0L },
	{ "%D %r", "07/04/76 12:30:00 AM", 20, { 76, 6, 4, 0, 30, 0, 0, 185 }, 0L },
	{ "%D %r", "07/04/68 12:30:00 pm", 20, { 168, 6, 4, 12, 30, 0, 3, 185 }, 0L },
	{ "%I %p", "11 PM", 5, { 0, 0, 0, 23, 0, 0, -7, -7 }, 0L },
	{ "%j %Y", "366 2020", 8, { 120, 11, 31, 0, 0, 0, 4, 365 }, 0L },
	{ "%C%y", "1905", 4, { 5, 0, 0, 0, 0, 0, 6, -1 }, 0L },
	{ "%y", "69", 2, { 69, 0, 0, 0, 0, 0, 2, -1 }, 0L },
	{ "%c", "Thu Jan  1 00:00:00 1970", 24, { 70, 0, 1, 0, 0, 0, 4, 0 }, 0L },
	{ "%H:%M", "24:00", -1, { 0, 0, 0, 0, 0, 0, -7, -7 }, 0L },
	{ "%d", "0", -1, { 0, 0, 0, 0, 0, 0, -7, -7 }, 0L },
	{ "%m", "13", -1, { 0, 0, 0, 0, 0, 0, -7, -7 }, 0L },
	{ "%Y-%m-%d", "2024-1-5trailing", 8, { 124, 0, 5, 0, 0, 0, 5, 4 }, 0L },
	{ "%b", "Sept", 3, { 0, 8, 0, 0, 0, 0, 5, 242 }, 0L },
	{ "%%%Y", "%2001", 5, { 101, 0, 0, 0, 0, 0, 0, -1 }, 0L },
	{ "%n%Y%t", "   2001   ", 10, { 101, 0, 0, 0, 0, 0, 0, -1 }, 0L },
	{ "%u %w", "7 0", 3, { 0, 0, 0, 0, 0, 0, 0, -7 }, 0L },
	{ "%z", "-08:00", 6, { 0, 0, 0, 0, 0, 0, -7, -7 }, -28800L },
	{ "%z", "+5", -1, { 0, 0, 0, 0, 0, 0, -7, -7 }, 0L },
	{ "%Z %Y", "CEST 2020", 9, { 120, 0, 0, 0, 0, 0, 2, -1 }, 0L },
	{ "%x %X", "12/25/99 18:30:15", 17, { 99, 11, 25, 18, 30, 15, 6, 358 }, 0L },
	{ "%R", "9:5", 3, { 0, 0, 0, 9, 5, 0, -7, -7 }, 0L },
	{ "%M", "60", 1, { 0, 0, 0, 0, 6, 0, -7, -7 }, 0L },
	{ "%S", "61", 2, { 0, 0, 0, 0, 0, 61, -7, -7 }, 0L },
};

int main(void)
{
	char name[96];
	struct tm tm;
	time_t t = 86400 * 365L;

	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		const struct want *w = &cases[i];
		char *e;
		int got[8];

		memset(&tm, 0, sizeof tm);
		tm.tm_wday = tm.tm_yday = -7;
		e = strptime(w->input, w->format, &tm);
		got[0] = tm.tm_year, got[1] = tm.tm_mon, got[2] = tm.tm_mday, got[3] = tm.tm_hour;
		got[4] = tm.tm_min, got[5] = tm.tm_sec, got[6] = tm.tm_wday, got[7] = tm.tm_yday;
		snprintf(name, sizeof name, "strptime(\"%s\", \"%s\") end", w->input, w->format);
		t_eq(name, e ? (long)(e - w->input) : -1, w->end);
		snprintf(name, sizeof name, "strptime(\"%s\", \"%s\") fields", w->input, w->format);
		t_eq(name, memcmp(got, w->f, sizeof got) == 0 && tm.tm_gmtoff == w->gmtoff, 1);
	}
	memset(&tm, 0, sizeof tm);
	t_eq("strptime_epoch_seconds", strptime("31536000", "%s", &tm) != NULL, 1);
	t_eq("strptime_epoch_is_localtime", tm.tm_year == localtime(&t)->tm_year && tm.tm_yday == localtime(&t)->tm_yday, 1);
	t_eq("strptime_empty_format", strptime("abc", "", &tm) != NULL, 1);
	t_eq("strptime_lone_percent", strptime("abc", "%", &tm) == NULL, 1);
	t_eq("strptime_literal_mismatch", strptime("2024/01", "%Y-%m", &tm) == NULL, 1);
	return t_done();
}
