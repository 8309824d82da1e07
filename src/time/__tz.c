#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "tz_impl.h"

/*
 * The zone: transitions from a TZif file (RFC 8536; the 64-bit block of
 * version 2 and later), and a POSIX rule (TZ itself, or the file's footer)
 * for the instants past the last transition.  Both kinds of input are
 * untrusted: every count and index is checked, and a file that fails a check
 * is not used.  Leap-second records are skipped (the "right/" zones).
 */

#define TZDIR         "/usr/share/zoneinfo/"
#define TZ_FILE_MAX   (1 << 20)
#define TZ_PATH_MAX   4096
#define TZ_NAME_MAX   64
#define DAY           86400

struct rule {
	char kind;              /* 'J': Julian 1-365 without Feb 29, 'D': 0-365, 'M': month.week.day */
	int m, w, d;
	long secs;              /* local time of day of the change, -167 h to 167 h */
};

struct posix {
	int dst;                /* a DST name was given */
	long off[2];            /* standard, DST: seconds east */
	const char *name[2];
	struct rule r[2];       /* DST start, DST end */
};

struct ttype {
	long off;
	int isdst;
	const char *abbr;
};

static struct zone {
	int loaded, has_env, has_rule;
	char *env;
	long long *when;
	unsigned char *idx;
	struct ttype *type;
	int n, ntype;
	struct posix rule;
} z;

char *__tzname[2] = { (char *)"UTC", (char *)"UTC" };
long __timezone;
int __daylight;
weak_alias(__tzname, tzname);
weak_alias(__timezone, timezone);
weak_alias(__daylight, daylight);

/*
 * A zone name as a string that lives as long as the program: tm_zone and
 * tzname point at it after the zone has changed.  Few names are ever seen.
 */
static const char *intern(const char *s, size_t n)
{
	static struct name { struct name *next; char s[]; } *names;
	struct name *p;

	for (p = names; p; p = p->next)
		if (!strncmp(p->s, s, n) && !p->s[n])
			return p->s;
	p = malloc(sizeof *p + n + 1);
	if (!p)
		return "";
	memcpy(p->s, s, n);
	p->s[n] = 0;
	p->next = names;
	names = p;
	return p->s;
}

static void set_utc(void)
{
	free(z.when);
	z.when = 0;
	z.idx = 0;
	z.type = 0;
	z.n = z.ntype = 0;
	z.has_rule = 1;
	z.rule = (struct posix){ .name = { "UTC", "UTC" } };
}

static const char *parse_name(const char *s, const char **name)
{
	const char *b = s;

	if (*s == '<') {
		for (b = ++s; isalnum((unsigned char)*s) || *s == '+' || *s == '-'; s++)
			;
		if (*s != '>' || s - b < 3 || s - b > TZ_NAME_MAX)
			return 0;
		*name = intern(b, (size_t)(s - b));
		return s + 1;
	}
	while (isalpha((unsigned char)*s))
		s++;
	if (s - b < 3 || s - b > TZ_NAME_MAX)
		return 0;
	*name = intern(b, (size_t)(s - b));
	return s;
}

/* Decimal digits, saturating: a huge field is clamped, not wrapped. */
static const char *parse_num(const char *s, long *v)
{
	if (!isdigit((unsigned char)*s))
		return 0;
	for (*v = 0; isdigit((unsigned char)*s); s++)
		*v = *v < 100000 ? *v * 10 + (*s - '0') : *v;
	return s;
}

/* [+-]hh[:mm[:ss]] in seconds; each field clamped (hours to hmax) as glibc does. */
static const char *parse_hms(const char *s, long *secs, long hmax)
{
	long h, m = 0, sec = 0, sign = 1;

	if (*s == '+' || *s == '-')
		sign = *s++ == '-' ? -1 : 1;
	if (!(s = parse_num(s, &h)))
		return 0;
	if (*s == ':' && isdigit((unsigned char)s[1])) {
		s = parse_num(s + 1, &m);
		if (*s == ':' && isdigit((unsigned char)s[1]))
			s = parse_num(s + 1, &sec);
	}
	*secs = sign * ((h < hmax ? h : hmax) * 3600 + (m < 59 ? m : 59) * 60 + (sec < 59 ? sec : 59));
	return s;
}

static const char *parse_rule(const char *s, struct rule *r)
{
	long m = 0, w = 0, d;

	r->secs = 2 * 3600;
	if (*s == 'M') {
		if (!(s = parse_num(s + 1, &m)) || *s != '.' || !(s = parse_num(s + 1, &w)) || *s != '.' ||
		    !(s = parse_num(s + 1, &d)) || m < 1 || m > 12 || w < 1 || w > 5 || d > 6)
			return 0;
		r->kind = 'M';
	} else if (*s == 'J') {
		if (!(s = parse_num(s + 1, &d)) || d < 1 || d > 365)
			return 0;
		r->kind = 'J';
	} else {
		if (!(s = parse_num(s, &d)) || d > 365)
			return 0;
		r->kind = 'D';
	}
	r->m = (int)m;
	r->w = (int)w;
	r->d = (int)d;
	if (*s == '/' && !(s = parse_hms(s + 1, &r->secs, 167)))
		return 0;
	return s;
}

/* A POSIX TZ string; 0 when any part of it is malformed. */
static int parse_posix(const char *s, struct posix *p)
{
	long off;

	*p = (struct posix){ 0 };
	if (!(s = parse_name(s, &p->name[0])) || !(s = parse_hms(s, &off, 24)))
		return 0;
	p->off[0] = -off;
	p->name[1] = p->name[0];
	p->off[1] = p->off[0];
	if (!*s)
		return 1;
	if (!(s = parse_name(s, &p->name[1])))
		return 0;
	p->dst = 1;
	p->off[1] = p->off[0] + 3600;
	if (*s && *s != ',') {
		if (!(s = parse_hms(s, &off, 24)))
			return 0;
		p->off[1] = -off;
	}
	if (!*s) {
		/* No rule: the US one (M3.2.0,M11.1.0), as glibc. */
		p->r[0] = (struct rule){ 'M', 3, 2, 0, 2 * 3600 };
		p->r[1] = (struct rule){ 'M', 11, 1, 0, 2 * 3600 };
		return 1;
	}
	if (*s != ',' || !(s = parse_rule(s + 1, &p->r[0])) || *s != ',' || !(s = parse_rule(s + 1, &p->r[1])))
		return 0;
	return !*s;
}

/* When rule r changes, in UTC, in year y, the clocks then showing offset off. */
static long long rule_change(const struct rule *r, long long y, long off)
{
	static const short mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	long long day;
	int first, len, mday;

	if (r->kind == 'J')
		day = __days_from_civil(y, 0) + r->d - 1 + (r->d >= 60 && __leap_year(y));
	else if (r->kind == 'D')
		day = __days_from_civil(y, 0) + r->d;
	else {
		day = __days_from_civil(y, r->m - 1);
		first = (int)(((day % 7) + 11) % 7);
		len = mdays[r->m - 1] + (r->m == 2 && __leap_year(y));
		mday = (r->d - first + 7) % 7 + 7 * (r->w - 1);
		while (mday >= len)
			mday -= 7;
		day += mday;
	}
	return day * DAY + r->secs - off;
}

/* The rule's state at t; the year is t's UTC year, as glibc takes it. */
static void posix_at(const struct posix *p, long long t, struct tz_state *st)
{
	long long days = t / DAY - (t % DAY < 0), y, start, end;
	int dst = 0;

	if (p->dst && days > -(1LL << 40) && days < (1LL << 40)) {
		/* The year of day "days": from the days of 400-year cycles, then corrected. */
		y = 1970 + days * 400 / 146097;
		while (__days_from_civil(y, 0) > days)
			y--;
		while (__days_from_civil(y + 1, 0) <= days)
			y++;
		start = rule_change(&p->r[0], y, p->off[0]);
		end = rule_change(&p->r[1], y, p->off[1]);
		dst = start > end ? (t < end || t >= start) : (t >= start && t < end);
	}
	st->gmtoff = p->off[dst];
	st->isdst = dst;
	st->abbr = p->name[dst];
}

static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static long long be64(const unsigned char *p)
{
	return (long long)((uint64_t)be32(p) << 32 | be32(p + 4));
}

struct tzif_head {
	uint32_t isut, isstd, leap, time, type, chars;
};

/* The counts of the header at p and the size of its data block with times of tsize bytes. */
static int tzif_head(const unsigned char *p, size_t len, int tsize, struct tzif_head *h, size_t *size)
{
	uint64_t n;

	if (len < 44 || memcmp(p, "TZif", 4) || (p[4] && (p[4] < '2' || p[4] > '4')))
		return 0;
	*h = (struct tzif_head){ be32(p + 20), be32(p + 24), be32(p + 28), be32(p + 32), be32(p + 36),
				 be32(p + 40) };
	if (h->type < 1 || h->type > 256 || h->chars < 1 || (h->isut && h->isut != h->type) ||
	    (h->isstd && h->isstd != h->type) || h->time > len || h->leap > len || h->chars > len)
		return 0;
	n = (uint64_t)h->time * (tsize + 1) + h->type * 6 + h->chars + (uint64_t)h->leap * (tsize + 4) +
	    h->isstd + h->isut;
	if (n > len - 44)
		return 0;
	*size = (size_t)n;
	return 1;
}

/* The block's types and transitions checked and copied into z; 0 when malformed. */
static int tzif_block(const unsigned char *p, const struct tzif_head *h, int tsize)
{
	const unsigned char *idx = p + h->time * tsize, *tt = idx + h->time, *chars = tt + h->type * 6;
	size_t n = h->time, size = n * sizeof(long long) + h->type * sizeof(struct ttype) + n;
	long long *when = malloc(size ? size : 1);
	struct ttype *type = (struct ttype *)(when + n);
	unsigned char *ix = (unsigned char *)(type + h->type);

	if (!when)
		return 0;
	for (size_t i = 0; i < h->type; i++, tt += 6) {
		type[i].off = (int32_t)be32(tt);
		type[i].isdst = tt[4];
		/* RFC 8536's range for an offset (-25 h to +26 h, open). */
		if (type[i].off < -89999 || type[i].off > 93599 || tt[4] > 1 || tt[5] >= h->chars ||
		    !memchr(chars + tt[5], 0, h->chars - tt[5]))
			goto bad;
		type[i].abbr = intern((const char *)chars + tt[5], strlen((const char *)chars + tt[5]));
	}
	for (size_t i = 0; i < n; i++) {
		when[i] = tsize == 8 ? be64(p + 8 * i) : (int32_t)be32(p + 4 * i);
		ix[i] = idx[i];
		if (idx[i] >= h->type || (i && when[i] <= when[i - 1]))
			goto bad;
	}
	free(z.when);
	z.when = when;
	z.type = type;
	z.idx = ix;
	z.n = (int)n;
	z.ntype = (int)h->type;
	return 1;
bad:
	free(when);
	return 0;
}

/* A TZif file of len bytes; 0 (z unchanged) when malformed. */
static int parse_tzif(const unsigned char *p, size_t len)
{
	struct tzif_head h;
	struct posix rule;
	const unsigned char *foot, *nl;
	size_t size;
	int has_rule = 0;

	if (!tzif_head(p, len, 4, &h, &size))
		return 0;
	if (!p[4])
		return tzif_block(p + 44, &h, 4) ? (z.has_rule = 0, 1) : 0;
	p += 44 + size;
	len -= 44 + size;
	if (!tzif_head(p, len, 8, &h, &size))
		return 0;
	foot = p + 44 + size;
	len -= 44 + size;
	if (!len || *foot != '\n' || !(nl = memchr(foot + 1, '\n', len - 1)))
		return 0;
	if (nl > foot + 1) {
		char s[TZ_NAME_MAX * 4];

		if ((size_t)(nl - foot - 1) >= sizeof s || memchr(foot + 1, 0, (size_t)(nl - foot - 1)))
			return 0;
		memcpy(s, foot + 1, (size_t)(nl - foot - 1));
		s[nl - foot - 1] = 0;
		if (!parse_posix(s, &rule))
			return 0;
		has_rule = 1;
	}
	if (!tzif_block(p + 44, &h, 8))
		return 0;
	z.has_rule = has_rule;
	if (has_rule)
		z.rule = rule;
	return 1;
}

/* The zone file at path (absolute, or under TZDIR); 0 when absent or malformed. */
static int load_file(const char *name)
{
	char path[TZ_PATH_MAX];
	unsigned char *buf;
	long len;
	int ok;

	if (*name == '/') {
		if (strlen(name) >= sizeof path)
			return 0;
		strcpy(path, name);
	} else {
		/* A relative name stays under TZDIR: no ".." component. */
		for (const char *c = name; (c = strstr(c, "..")); c += 2)
			if ((c == name || c[-1] == '/') && (!c[2] || c[2] == '/'))
				return 0;
		if (strlen(name) >= sizeof path - sizeof TZDIR)
			return 0;
		strcpy(path, TZDIR);
		strcat(path, name);
	}
	if (!(buf = malloc(TZ_FILE_MAX)))
		return 0;
	len = __tz_read_file(path, buf, TZ_FILE_MAX);
	ok = len > 0 && parse_tzif(buf, (size_t)len);
	free(buf);
	return ok;
}

/*
 * tzname, timezone and daylight as glibc sets them from a file: the names of
 * the latest transitions of each kind, the latest standard offset, and
 * whether any transition is to DST.
 */
static void set_vars(void)
{
	const char *name[2] = { 0, 0 };
	long std = 0;
	int i, have_std = 0;

	if (!z.ntype) {
		__tzname[0] = (char *)z.rule.name[0];
		__tzname[1] = (char *)z.rule.name[1];
		__timezone = -z.rule.off[0];
		__daylight = z.rule.off[0] != z.rule.off[1];
		return;
	}
	__daylight = 0;
	for (i = z.n; i-- > 0;) {
		const struct ttype *t = &z.type[z.idx[i]];

		if (!name[t->isdst])
			name[t->isdst] = t->abbr;
		if (!t->isdst && !have_std) {
			std = t->off;
			have_std = 1;
		}
		__daylight |= t->isdst;
	}
	__tzname[0] = (char *)(name[0] ? name[0] : z.type[0].abbr);
	__tzname[1] = (char *)(name[1] ? name[1] : __tzname[0]);
	__timezone = -(z.n ? std : z.type[0].off);
}

static void load(const char *tz)
{
	const char *name = tz ? tz + (*tz == ':') : "/etc/localtime";
	struct posix rule;

	/* As glibc: a file by that name first (even EST5EDT is one), then a rule. */
	if (tz && !*tz)
		set_utc();
	else if (load_file(name))
		;
	else if (tz && parse_posix(name, &rule)) {
		set_utc();
		z.rule = rule;
	} else
		set_utc();
	set_vars();
}

void __tz_sync(int how)
{
	const char *tz;
	size_t n;

	if (how < 0 && z.loaded)
		return;
	tz = getenv("TZ");
	if (!how && z.loaded && (tz ? z.has_env && !strcmp(tz, z.env) : !z.has_env))
		return;
	load(tz);
	free(z.env);
	z.env = 0;
	z.has_env = tz != 0;
	/* Without a copy of TZ the zone is loaded again next time. */
	z.loaded = !tz || (z.env = malloc((n = strlen(tz)) + 1)) != 0;
	if (z.env)
		memcpy(z.env, tz, n + 1);
}

void __tz_at(long long t, struct tz_state *st)
{
	const struct ttype *tt;
	int lo = 0, hi = z.n;

	if (z.has_rule && (!z.n || t >= z.when[z.n - 1])) {
		posix_at(&z.rule, t, st);
		return;
	}
	if (!z.n || t < z.when[0]) {
		/* Before the first transition: the first standard-time type, as glibc. */
		while (lo < z.ntype - 1 && z.type[lo].isdst)
			lo++;
		tt = &z.type[z.type[lo].isdst ? 0 : lo];
	} else {
		while (hi - lo > 1) {
			int mid = lo + (hi - lo) / 2;

			if (z.when[mid] <= t)
				lo = mid;
			else
				hi = mid;
		}
		tt = &z.type[z.idx[lo]];
	}
	st->gmtoff = tt->off;
	st->isdst = tt->isdst;
	st->abbr = tt->abbr;
}
