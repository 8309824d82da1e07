#define _GNU_SOURCE
#include <string.h>
#include <time.h>
#include "tz_impl.h"

/*
 * strftime as glibc prints in the C locale: flags _ - 0 ^ #, a field width,
 * E and O where glibc takes them (the C locale has no alternative forms),
 * and a conversion glibc does not know copied as written.
 */

struct out {
	char *s;
	size_t i, max;
	int full;
};

struct spec {
	int pad;        /* 0, '_', '-' or '0' */
	int width;
	int up, low;
};

/* Write n bytes of s padded to the width (zeros for the 0 flag, else spaces); room is kept for the NUL. */
static void put(struct out *o, const struct spec *sp, const char *s, size_t n)
{
	size_t w = sp->width > 0 ? (size_t)sp->width : 0, total = n > w ? n : w;

	if (o->full || total >= o->max - o->i) {
		o->full = 1;
		return;
	}
	if (total > n) {
		memset(o->s + o->i, sp->pad == '0' ? '0' : ' ', total - n);
		o->i += total - n;
	}
	if (!sp->low && !sp->up) {
		memcpy(o->s + o->i, s, n);
		o->i += n;
		return;
	}
	for (size_t k = 0; k < n; k++) {
		char c = s[k];

		if (sp->low && c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		else if (!sp->low && sp->up && c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		o->s[o->i++] = c;
	}
}

/*
 * A number of at least digits characters (its sign counted): zeros after the
 * sign by default or for 0, spaces before it for _ (the spacepad
 * conversions' default), none for -; then the width, in that same kind.
 */
static __attribute__((__noinline__)) void num_any(struct out *o, struct spec sp, int digits, long long v)
{
	char b[24], *p = b + sizeof b;
	unsigned long long u = v < 0 ? -(unsigned long long)v : (unsigned long long)v;
	size_t len, target;

	do
		*--p = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		*--p = '-';
	len = (size_t)(b + sizeof b - p);
	if (sp.pad == '-') {
		put(o, &sp, p, len);
		return;
	}
	target = (size_t)(digits > sp.width ? digits : sp.width);
	if (sp.pad == '_' || len >= target) {
		sp.pad = ' ';
		sp.width = (int)target;
		put(o, &sp, p, len);
		return;
	}
	if (o->full || target >= o->max - o->i) {
		o->full = 1;
		return;
	}
	if (v < 0)
		o->s[o->i++] = *p++, len--, target--;
	memset(o->s + o->i, '0', target - len);
	memcpy(o->s + o->i + target - len, p, len);
	o->i += target;
}

/* The common case, two digits zero-padded and no width, without num_any's buffer. */
static void num(struct out *o, struct spec sp, int digits, long long v)
{
	if (!sp.pad && !sp.width && v >= 0 && v < 100 && digits == 2) {
		if (o->full || o->max - o->i <= 2) {
			o->full = 1;
			return;
		}
		o->s[o->i++] = (char)('0' + v / 10);
		o->s[o->i++] = (char)('0' + v % 10);
		return;
	}
	num_any(o, sp, digits, v);
}

static void format(struct out *o, const char *f, const struct tm *tm);

/* %s: glibc pads it only to the width, with zeros for the 0 flag and spaces otherwise. */
static __attribute__((__noinline__)) void seconds(struct out *o, const struct spec *sp, const struct tm *tm)
{
	struct out in;
	char b[24];
	struct spec plain = { '-', 0, 0, 0 };
	struct tm copy = *tm;
	long long v = __mktime(&copy);

	in = (struct out){ b, 0, sizeof b, 0 };
	num(&in, plain, 1, v);
	put(o, sp, b, in.i);
}

/* A conversion that is a format of its own, padded and upper-cased as a whole. */
static void sub(struct out *o, const struct spec *sp, const char *f, const struct tm *tm)
{
	char b[160];
	struct out in = { b, 0, sizeof b, 0 };
	struct spec s = { sp->pad, sp->width, sp->up, 0 };

	format(&in, f, tm);
	if (in.full) {
		o->full = 1;
		return;
	}
	put(o, &s, b, in.i);
}

/* Days since the Monday that starts ISO week 1 of the year of yday (negative before it). */
static int iso_days(int yday, int wday)
{
	return yday - (yday - wday + 4 + 378) % 7 + 3;
}

/* %G, %g or %V: the ISO 8601 week-based year and week, as glibc computes them. */
static void iso(struct out *o, const struct spec *sp, char c, const struct tm *tm, int year)
{
	int days = iso_days(tm->tm_yday, tm->tm_wday), d;

	if (days < 0) {
		year = (int)((unsigned)year - 1);
		days = iso_days(tm->tm_yday + 365 + __leap_year(year), tm->tm_wday);
	} else if ((d = iso_days(tm->tm_yday - 365 - __leap_year(year), tm->tm_wday)) >= 0) {
		year = (int)((unsigned)year + 1);
		days = d;
	}
	if (c == 'g')
		num(o, *sp, 2, (year % 100 + 100) % 100);
	else if (c == 'G')
		num(o, *sp, 1, year);
	else
		num(o, *sp, 2, days / 7 + 1);
}

static const char *const day_name[] = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
					"Saturday" };
static const char *const month_name[] = { "January", "February", "March", "April", "May", "June", "July",
					  "August", "September", "October", "November", "December" };

static void name(struct out *o, struct spec *sp, const char *s, int full)
{
	size_t n = strlen(s);

	put(o, sp, s, full || n < 3 ? n : 3);
}

/* One conversion c; 0 when glibc would not know it (then it is copied as written). */
static int convert(struct out *o, struct spec *sp, char c, const struct tm *tm)
{
	/* tm_year + 1900 in int arithmetic, wrapping where glibc's does. */
	int year = (int)((unsigned)tm->tm_year + 1900u), h12 = tm->tm_hour;
	const char *zone;

	if (h12 > 12)
		h12 -= 12;
	else if (h12 == 0)
		h12 = 12;
	switch (c) {
	case '%': put(o, sp, "%", 1); break;
	case 'a': case 'A':
		name(o, sp, tm->tm_wday < 0 || tm->tm_wday > 6 ? "?" : day_name[tm->tm_wday], c == 'A');
		break;
	case 'b': case 'h': case 'B':
		name(o, sp, tm->tm_mon < 0 || tm->tm_mon > 11 ? "?" : month_name[tm->tm_mon], c == 'B');
		break;
	case 'c': sub(o, sp, "%a %b %e %H:%M:%S %Y", tm); break;
	case 'C': num(o, *sp, 1, year / 100 - (year % 100 < 0)); break;
	case 'd': num(o, *sp, 2, tm->tm_mday); break;
	case 'D': case 'x': sub(o, sp, "%m/%d/%y", tm); break;
	case 'e': if (!sp->pad) sp->pad = '_'; num(o, *sp, 2, tm->tm_mday); break;
	case 'F': sub(o, sp, "%Y-%m-%d", tm); break;
	case 'g': case 'G': case 'V': iso(o, sp, c, tm, year); break;
	case 'H': num(o, *sp, 2, tm->tm_hour); break;
	case 'I': num(o, *sp, 2, h12); break;
	case 'j': num(o, *sp, 3, tm->tm_yday + 1LL); break;
	case 'k': if (!sp->pad) sp->pad = '_'; num(o, *sp, 2, tm->tm_hour); break;
	case 'l': if (!sp->pad) sp->pad = '_'; num(o, *sp, 2, h12); break;
	case 'm': num(o, *sp, 2, tm->tm_mon + 1LL); break;
	case 'M': num(o, *sp, 2, tm->tm_min); break;
	case 'n': put(o, sp, "\n", 1); break;
	case 'P': sp->low = 1; /* fall through */
	case 'p': put(o, sp, tm->tm_hour > 11 ? "PM" : "AM", 2); break;
	case 'r': sub(o, sp, "%I:%M:%S %p", tm); break;
	case 'R': sub(o, sp, "%H:%M", tm); break;
	case 's': seconds(o, sp, tm); break;
	case 'S': num(o, *sp, 2, tm->tm_sec); break;
	case 't': put(o, sp, "\t", 1); break;
	case 'T': case 'X': sub(o, sp, "%H:%M:%S", tm); break;
	case 'u': num(o, *sp, 1, (tm->tm_wday - 1 + 7) % 7 + 1); break;
	case 'U': num(o, *sp, 2, (tm->tm_yday - tm->tm_wday + 7) / 7); break;
	case 'w': num(o, *sp, 1, tm->tm_wday); break;
	case 'W': num(o, *sp, 2, (tm->tm_yday - (tm->tm_wday - 1 + 7) % 7 + 7) / 7); break;
	case 'y': num(o, *sp, 2, (tm->tm_year % 100 + 100) % 100); break;
	case 'Y': num(o, *sp, 1, year); break;
	case 'z':
		if (tm->tm_isdst < 0)
			break;
		put(o, sp, tm->tm_gmtoff < 0 ? "-" : "+", 1);
		num(o, *sp, 4, (tm->tm_gmtoff < 0 ? -tm->tm_gmtoff : tm->tm_gmtoff) / 60 / 60 * 100 +
				       (tm->tm_gmtoff < 0 ? -tm->tm_gmtoff : tm->tm_gmtoff) / 60 % 60);
		break;
	case 'Z':
		zone = tm->tm_zone;
		if ((!zone || !*zone) && tm->tm_isdst >= 0) {
			__tz_sync(0);
			zone = tm->tm_isdst <= 1 ? __tzname[tm->tm_isdst] : "?";
		}
		put(o, sp, zone ? zone : "", zone ? strlen(zone) : 0);
		break;
	default: return 0;
	}
	return 1;
}

/* The conversion characters glibc takes after E and after O. */
static const char e_ok[] = "CPRTXYZcnprstuxyz%", o_ok[] = "BCGHIMPRSTUVWZbdeghjklmnprstuwyz%";

static int in(const char *set, char c)
{
	while (*set && *set != c)
		set++;
	return *set != 0;
}

static void format(struct out *o, const char *f, const struct tm *tm)
{
	for (; *f && !o->full; f++) {
		const char *start = f;
		struct spec sp = { 0, 0, 0, 0 };
		int change_case = 0, mod = 0;

		if (*f != '%') {
			if (o->max - o->i <= 1)
				o->full = 1;
			else
				o->s[o->i++] = *f;
			continue;
		}
		for (;; f++) {
			if (f[1] == '_' || f[1] == '-' || f[1] == '0')
				sp.pad = f[1];
			else if (f[1] == '^')
				sp.up = 1;
			else if (f[1] == '#')
				change_case = 1;
			else
				break;
		}
		for (; f[1] >= '0' && f[1] <= '9'; f++)
			sp.width = sp.width > (__INT_MAX__ - 9) / 10 ? __INT_MAX__ : sp.width * 10 + (f[1] - '0');
		if (f[1] == 'E' || f[1] == 'O')
			mod = *++f;
		f++;
		/* # is upper case for names, lower case for %p and %Z, and glibc applies it even to a directive it then copies. */
		if (change_case && *f && (in("bBh", *f) || (!mod && in("aA", *f))))
			sp.up = 1;
		if (change_case && *f && in("pZ", *f))
			sp.low = 1;
		if (*f && (!mod || in(mod == 'E' ? e_ok : o_ok, *f)) && convert(o, &sp, *f, tm))
			continue;
		/* Unknown: the whole directive as written, within the width. */
		if (!*f)
			f--;
		put(o, &sp, start, (size_t)(f - start + 1));
	}
}

size_t strftime(char *restrict s, size_t max, const char *restrict f, const struct tm *restrict tm)
{
	struct out o = { s, 0, max, 0 };

	if (!max)
		return 0;
	format(&o, f, tm);
	if (o.full)
		return 0;
	s[o.i] = 0;
	return o.i;
}
