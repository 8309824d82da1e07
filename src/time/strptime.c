#define _GNU_SOURCE
#include <ctype.h>
#include <stddef.h>
#include <time.h>
#include "tz_impl.h"

/*
 * strptime for the C locale, as POSIX has it with glibc's additions (%F %s
 * %u %z %Z %C with %y, E and O ignored); the fields it does not read are
 * derived as glibc derives them (finish).
 */

static const char *const days[] = { "sunday", "monday", "tuesday", "wednesday",
				    "thursday", "friday", "saturday" };
static const char *const months[] = { "january", "february", "march", "april", "may", "june",
				      "july", "august", "september", "october", "november",
				      "december" };

struct state {
	struct tm *tm;
	int century, year2, pm, hour12, have_year, have_mon, have_mday, have_wday, have_yday;
};

static const char *skip_space(const char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	return s;
}

/* A number of at most width digits in [lo, hi], after optional white space. */
static const char *number(const char *s, int width, int lo, int hi, int *out)
{
	int v = 0, n = 0, neg = 0;

	s = skip_space(s);
	if (lo < 0 && (*s == '-' || *s == '+'))
		neg = *s++ == '-';
	/* As glibc: a digit is taken only while the value can stay within hi. */
	for (; n < width && (unsigned)(*s - '0') <= 9 && (!n || v * 10 <= hi); n++, s++)
		v = v * 10 + (*s - '0');
	if (!n)
		return NULL;
	v = neg ? -v : v;
	if (v < lo || v > hi)
		return NULL;
	*out = v;
	return s;
}

/* A name from list, whole or else its first three letters, in any case. */
static const char *name(const char *s, const char *const *list, int count, int *out)
{
	for (int i = 0; i < count; i++) {
		int n = 0;

		while (list[i][n] && tolower((unsigned char)s[n]) == list[i][n])
			n++;
		if (n >= 3) {
			*out = i;
			return s + (list[i][n] ? 3 : n);
		}
	}
	return NULL;
}

static const char *zone_offset(const char *s, struct tm *tm)
{
	int neg, h = 0, m = 0, n = 0;

	s = skip_space(s);
	if (*s == 'Z') {
		tm->tm_gmtoff = 0;
		return s + 1;
	}
	if (*s != '+' && *s != '-')
		return NULL;
	neg = *s++ == '-';
	for (; n < 4 && (unsigned)(*s - '0') <= 9; n++, s++) {
		if (n < 2)
			h = h * 10 + (*s - '0');
		else
			m = m * 10 + (*s - '0');
		if (n == 1 && *s && s[1] == ':')
			s++;
	}
	if ((n != 2 && n != 4) || h > 24 || m > 59)
		return NULL;
	tm->tm_gmtoff = (neg ? -1L : 1L) * (h * 3600L + m * 60L);
	return s;
}

static const char *parse(const char *s, const char *f, struct state *st);

static const char *epoch_seconds(const char *s, struct tm *tm)
{
	long long v = 0;
	int neg, n = 0;
	time_t t;

	s = skip_space(s);
	neg = *s == '-';
	s += neg;
	for (; (unsigned)(*s - '0') <= 9 && n < 19; n++, s++)
		v = v * 10 + (*s - '0');
	if (!n)
		return NULL;
	t = neg ? -v : v;
	return __localtime_r(&t, tm) ? s : NULL;
}

/* One conversion c (after any E or O) at s; the end of what it read, or NULL. */
static const char *convert(const char *s, int c, struct state *st)
{
	struct tm *tm = st->tm;
	int v = 0;

	switch (c) {
	case 'a': case 'A':
		s = name(skip_space(s), days, 7, &tm->tm_wday);
		st->have_wday |= s != NULL;
		return s;
	case 'b': case 'B': case 'h':
		s = name(skip_space(s), months, 12, &tm->tm_mon);
		st->have_mon |= s != NULL;
		return s;
	case 'c': return parse(s, "%a %b %e %H:%M:%S %Y", st);
	case 'C':
		s = number(s, 2, 0, 99, &st->century);
		st->have_year |= s != NULL;
		return s;
	case 'd': case 'e':
		s = number(s, 2, 1, 31, &tm->tm_mday);
		st->have_mday |= s != NULL;
		return s;
	case 'D': case 'x': return parse(s, "%m/%d/%y", st);
	case 'F': return parse(s, "%Y-%m-%d", st);
	case 'H': case 'k':
		st->hour12 = 0;
		return number(s, 2, 0, 23, &tm->tm_hour);
	case 'I': case 'l':
		st->hour12 = 1;
		return number(s, 2, 1, 12, &tm->tm_hour);
	case 'j':
		if ((s = number(s, 3, 1, 366, &v)))
			tm->tm_yday = v - 1, st->have_yday = 1;
		return s;
	case 'm':
		if ((s = number(s, 2, 1, 12, &v)))
			tm->tm_mon = v - 1, st->have_mon = 1;
		return s;
	case 'M': return number(s, 2, 0, 59, &tm->tm_min);
	case 'n': case 't': return skip_space(s);
	case 'p':
		s = skip_space(s);
		if (tolower((unsigned char)s[0]) != 'a' && tolower((unsigned char)s[0]) != 'p')
			return NULL;
		if (tolower((unsigned char)s[1]) != 'm')
			return NULL;
		st->pm = tolower((unsigned char)s[0]) == 'p' ? 1 : 0;
		return s + 2;
	case 'r': return parse(s, "%I:%M:%S %p", st);
	case 'R': return parse(s, "%H:%M", st);
	case 's': return epoch_seconds(s, tm);
	case 'S': return number(s, 2, 0, 61, &tm->tm_sec);
	case 'T': case 'X': return parse(s, "%H:%M:%S", st);
	case 'u':
		if ((s = number(s, 1, 1, 7, &v)))
			tm->tm_wday = v % 7, st->have_wday = 1;
		return s;
	case 'w':
		s = number(s, 1, 0, 6, &tm->tm_wday);
		st->have_wday |= s != NULL;
		return s;
	case 'U': case 'W': case 'V': return number(s, 2, 0, 53, &v);
	case 'g': return number(s, 2, 0, 99, &v);
	case 'G': return number(s, 4, 0, 9999, &v);
	case 'y':
		s = number(s, 2, 0, 99, &st->year2);
		st->have_year |= s != NULL;
		return s;
	case 'Y':
		if ((s = number(s, 4, -9999, 9999, &v))) {
			tm->tm_year = v - 1900;
			st->have_year = 1;
			st->year2 = st->century = -1;
		}
		return s;
	case 'z': return zone_offset(s, tm);
	case 'Z':
		while (*s && !isspace((unsigned char)*s))
			s++;
		return s;
	case '%':
		s = skip_space(s);
		return *s == '%' ? s + 1 : NULL;
	}
	return NULL;
}

static const char *parse(const char *s, const char *f, struct state *st)
{
	for (; *f && s; f++) {
		if (isspace((unsigned char)*f)) {
			s = skip_space(s);
		} else if (*f != '%') {
			if (*s++ != *f)
				return NULL;
		} else {
			f++;
			if (*f == 'E' || *f == 'O')
				f++;
			if (!*f)
				return NULL;
			s = convert(s, *f, st);
		}
	}
	return s;
}

/*
 * The year from %C and %y (POSIX: %y alone is 1969-2068); then, as glibc,
 * once a date field was read: month and day from %j when only it gave them,
 * and the week day and year day not read, from year, month and day.
 */
static void finish(struct state *st)
{
	static const short before[] = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 };
	struct tm *tm = st->tm;
	long y, yday;
	int m;

	if (st->year2 >= 0 || st->century >= 0) {
		int y2 = st->year2 >= 0 ? st->year2 : 0;

		y = st->century >= 0 ? st->century * 100L + y2 : y2 + (y2 < 69 ? 2000 : 1900);
		tm->tm_year = (int)(y - 1900);
	}
	if (st->hour12)
		tm->tm_hour = tm->tm_hour % 12 + (st->pm > 0 ? 12 : 0);
	if (!st->have_year && !st->have_mon && !st->have_mday)
		return;
	y = tm->tm_year + 1900L;
	if (st->have_yday && !st->have_mon && !st->have_mday) {
		for (m = 11; m > 0 && tm->tm_yday < before[m] + (m > 1 && __leap_year(y)); m--)
			;
		tm->tm_mon = m;
		tm->tm_mday = tm->tm_yday - before[m] - (m > 1 && __leap_year(y)) + 1;
	}
	yday = before[tm->tm_mon % 12] + tm->tm_mday - 1 + (tm->tm_mon > 1 && __leap_year(y));
	if (!st->have_wday)
		tm->tm_wday = (int)(((__days_from_civil(y, 0) + yday + 4) % 7 + 7) % 7);
	if (!st->have_yday)
		tm->tm_yday = (int)yday;
}

char *strptime(const char *__restrict s, const char *__restrict format, struct tm *__restrict tm)
{
	struct state st = { .tm = tm, .century = -1, .year2 = -1, .pm = -1 };
	const char *end = parse(s, format, &st);

	if (end)
		finish(&st);
	return (char *)end;
}
