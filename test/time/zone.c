/* <time.h> time zones: TZ rule strings, TZif files (scratch ones, good and malformed), localtime, mktime, strftime, asctime. */
#define _GNU_SOURCE
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "t.h"

/* localtime of t as "YYYY-MM-DD HH:MM:SS ZONE +hhmm dstN yday wday". */
static const char *local(long long t)
{
	static char buf[96];
	char part[64];
	time_t tt = (time_t)t;
	struct tm tm;

	if (!localtime_r(&tt, &tm))
		return "(null)";
	strftime(part, sizeof part, "%Y-%m-%d %H:%M:%S %Z %z", &tm);
	snprintf(buf, sizeof buf, "%s dst%d y%d w%d off%ld", part, tm.tm_isdst, tm.tm_yday, tm.tm_wday, tm.tm_gmtoff);
	return buf;
}

static void zone(const char *tz)
{
	setenv("TZ", tz, 1);
	tzset();
}

static void rules(void)
{
	zone("CET-1CEST,M3.5.0,M10.5.0/3");
	t_str("cet_tzname0", tzname[0], "CET");
	t_str("cet_tzname1", tzname[1], "CEST");
	t_eq("cet_timezone", timezone, -3600);
	t_eq("cet_daylight", daylight, 1);
	/* 2024: DST from March 31 01:00 UTC to October 27 01:00 UTC. */
	t_str("cet_before_start", local(1711846799), "2024-03-31 01:59:59 CET +0100 dst0 y90 w0 off3600");
	t_str("cet_at_start", local(1711846800), "2024-03-31 03:00:00 CEST +0200 dst1 y90 w0 off7200");
	t_str("cet_before_end", local(1729990799), "2024-10-27 02:59:59 CEST +0200 dst1 y300 w0 off7200");
	t_str("cet_at_end", local(1729990800), "2024-10-27 02:00:00 CET +0100 dst0 y300 w0 off3600");
	t_str("cet_2100", local(4118176800LL), "2100-07-02 04:00:00 CEST +0200 dst1 y182 w5 off7200");
	zone("<+0330>-3:30");
	t_str("quoted_name", local(0), "1970-01-01 03:30:00 +0330 +0330 dst0 y0 w4 off12600");
	t_eq("quoted_daylight", daylight, 0);
	t_eq("quoted_timezone", timezone, -12600);
	/* Jn never counts February 29: J60 is March 1st; n counts it: 59 is February 29 in 2024. */
	zone("EST5EDT4,J60/2,J300/2");
	t_str("julian_start", local(1709276400), "2024-03-01 03:00:00 EDT -0400 dst1 y60 w5 off-14400");
	t_str("julian_before", local(1709276399), "2024-03-01 01:59:59 EST -0500 dst0 y60 w5 off-18000");
	zone("EST5EDT4,59/2,299/2");
	t_str("zero_based_start", local(1709190000), "2024-02-29 03:00:00 EDT -0400 dst1 y59 w4 off-14400");
	/* Southern hemisphere: DST across the new year. */
	zone("NZST-12NZDT,M9.5.0,M4.1.0/3");
	t_str("south_january", local(1704067200), "2024-01-01 13:00:00 NZDT +1300 dst1 y0 w1 off46800");
	t_str("south_july", local(1719835200), "2024-07-02 00:00:00 NZST +1200 dst0 y183 w2 off43200");
	/* Times of day past 24 h and negative (version 3 rules). */
	zone("<-03>3<-02>,M3.5.0/-2,M10.5.0/-1");
	t_str("negative_rule_time_before", local(1711846799), "2024-03-30 21:59:59 -03 -0300 dst0 y89 w6 off-10800");
	t_str("negative_rule_time", local(1711846800), "2024-03-30 23:00:00 -02 -0200 dst1 y89 w6 off-7200");
	zone("IST-2IDT,M3.4.4/26,M10.5.0");
	t_str("rule_time_26h", local(1711670400), "2024-03-29 03:00:00 IDT +0300 dst1 y88 w5 off10800");
	zone("UTC0");
	t_str("utc0", local(86400 * 365), "1971-01-01 00:00:00 UTC +0000 dst0 y0 w5 off0");
	zone("");
	t_str("empty_tz_is_utc", local(0), "1970-01-01 00:00:00 UTC +0000 dst0 y0 w4 off0");
	/* Malformed strings: UTC, never a crash. */
	static const char *const bad[] = { "AB1", "CET-1CEST,M13.1.0,M10.5.0", "CET-1CEST,M3.6.0,M10.5.0",
					   "CET-1CEST,M3.5.7,M10.5.0", "CET-1CEST,J0,J10", "CET-1CEST,366,10", "<AB>1",
					   "<ABC1", "CET-1CEST,M3.5.0", "CET-1CEST,M3.5.0,M10.5.0junk", "CET-1CEST,M3.5.0/",
					   "ABC+", ":", "/nonexistent/zone", "../../../../etc/passwd" };
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		zone(bad[i]);
		t_str(bad[i], local(1719835200), "2024-07-01 12:00:00 UTC +0000 dst0 y182 w1 off0");
	}
}

struct ttype {
	int32_t off;
	unsigned char dst, abbr;
};

static unsigned char *be32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
	return p + 4;
}

/* One header and data block (times of tsize bytes) of a TZif file. */
static unsigned char *block(unsigned char *p, char version, int tsize, const long long *when,
			    const unsigned char *idx, uint32_t n, const struct ttype *tt, uint32_t ntype,
			    const char *chars, uint32_t nchars)
{
	memcpy(p, "TZif", 4);
	p[4] = (unsigned char)version;
	memset(p + 5, 0, 15);
	p += 20;
	p = be32(p, 0);
	p = be32(p, 0);
	p = be32(p, 0);
	p = be32(p, n);
	p = be32(p, ntype);
	p = be32(p, nchars);
	for (uint32_t i = 0; i < n; i++) {
		if (tsize == 8)
			p = be32(p, (uint32_t)((unsigned long long)when[i] >> 32));
		p = be32(p, (uint32_t)when[i]);
	}
	memcpy(p, idx, n);
	p += n;
	for (uint32_t i = 0; i < ntype; i++) {
		p = be32(p, (uint32_t)tt[i].off);
		*p++ = tt[i].dst;
		*p++ = tt[i].abbr;
	}
	memcpy(p, chars, nchars);
	return p + nchars;
}

static const long long when[] = { -1000000000, 0, 1000000 };
static const unsigned char idx[] = { 1, 2, 1 };
static const struct ttype types[] = { { 4440, 0, 0 }, { 3600, 0, 4 }, { 7200, 1, 8 } };
static const char chars[] = "LMT\0AAA\0BBB";

/* A version 2 file (or v1, or v3) with the zone above and footer; its length. */
static size_t make(unsigned char *buf, char version, const char *footer)
{
	unsigned char *p = block(buf, version, 4, when, idx, 3, types, 3, chars, sizeof chars);

	if (!version)
		return (size_t)(p - buf);
	p = block(p, version, 8, when, idx, 3, types, 3, chars, sizeof chars);
	*p++ = '\n';
	memcpy(p, footer, strlen(footer));
	p += strlen(footer);
	*p++ = '\n';
	return (size_t)(p - buf);
}

static void write_file(const char *path, const unsigned char *b, size_t n)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	if (fd < 0 || write(fd, b, n) != (ssize_t)n)
		t_out("write_file failed\n");
	close(fd);
}

static void use_file(const char *path, const unsigned char *b, size_t n)
{
	write_file(path, b, n);
	zone(path);
}

static void tzif(void)
{
	static unsigned char b[2048];
	char path[64], colon[80];
	size_t n;

	t_tmpname(path, "tzif");
	n = make(b, '2', "AAA-1BBB,M3.5.0,M10.5.0/3");
	use_file(path, b, n);
	t_str("tzif_tzname0", tzname[0], "AAA");
	t_str("tzif_tzname1", tzname[1], "BBB");
	t_eq("tzif_timezone", timezone, -3600);
	t_eq("tzif_daylight", daylight, 1);
	t_str("tzif_before_first", local(-2000000000), "1906-08-16 21:40:40 LMT +0114 dst0 y227 w4 off4440");
	t_str("tzif_std", local(-1), "1970-01-01 00:59:59 AAA +0100 dst0 y0 w4 off3600");
	t_str("tzif_dst", local(0), "1970-01-01 02:00:00 BBB +0200 dst1 y0 w4 off7200");
	t_str("tzif_last", local(1000000), "1970-01-12 14:46:40 AAA +0100 dst0 y11 w1 off3600");
	t_str("tzif_footer_summer", local(1719835200), "2024-07-01 14:00:00 BBB +0200 dst1 y182 w1 off7200");
	t_str("tzif_footer_winter", local(1704067200), "2024-01-01 01:00:00 AAA +0100 dst0 y0 w1 off3600");
	snprintf(colon, sizeof colon, ":%s", path);
	zone(colon);
	t_str("tzif_colon", local(0), "1970-01-01 02:00:00 BBB +0200 dst1 y0 w4 off7200");
	use_file(path, b, make(b, '3', "AAA-1BBB,M3.5.0,M10.5.0/3"));
	t_str("tzif_v3", local(1719835200), "2024-07-01 14:00:00 BBB +0200 dst1 y182 w1 off7200");
	use_file(path, b, make(b, '2', ""));
	t_str("tzif_no_footer", local(1719835200), "2024-07-01 13:00:00 AAA +0100 dst0 y182 w1 off3600");
	use_file(path, b, make(b, 0, ""));
	t_str("tzif_v1", local(0), "1970-01-01 02:00:00 BBB +0200 dst1 y0 w4 off7200");
	t_str("tzif_v1_after", local(1719835200), "2024-07-01 13:00:00 AAA +0100 dst0 y182 w1 off3600");
	unlink(path);
}

/* Each a broken copy of the good file: the zone must be UTC. */
static void malformed(void)
{
	static unsigned char good[2048], b[2048];
	/* Offsets into the v1 block: counts at 32..44, then 3 times, 3 indexes, 3 types, chars. */
	enum { TIMECNT = 32, TYPECNT = 36, CHARCNT = 40, TIMES = 44, IDX = 56, TYPES = 59 };
	static const struct { const char *name; int at; unsigned char v; int cut; } bad[] = {
		{ "bad_magic", 3, 'F', 0 },
		{ "bad_version", 4, '9', 0 },
		{ "typecnt_zero", TYPECNT + 3, 0, 0 },
		{ "typecnt_big", TYPECNT + 1, 1, 0 },
		{ "timecnt_huge", TIMECNT, 0xff, 0 },
		{ "charcnt_zero", CHARCNT + 3, 0, 0 },
		{ "index_out_of_range", IDX + 1, 3, 0 },
		{ "unsorted", TIMES + 4, 0x7f, 0 },
		{ "utoff_out_of_range", TYPES + 1, 0x80, 0 },
		{ "isdst_2", TYPES + 4, 2, 0 },
		{ "abbr_out_of_range", TYPES + 5, 12, 0 },
		{ "abbr_unterminated", TYPES + 18 + 11, 'X', 0 },
		{ "truncated", 0, 0, 5 },
		{ "no_footer_newline", 0, 0, 1 },
		{ "empty", 0, 0, -1 },
	};
	char path[64];
	size_t n;

	t_tmpname(path, "bad");
	n = make(good, '2', "AAA-1BBB,M3.5.0,M10.5.0/3");
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		size_t len = bad[i].cut < 0 ? 0 : n - (size_t)bad[i].cut;

		memcpy(b, good, n);
		if (!bad[i].cut) {
			b[bad[i].at] = bad[i].v;
			/* The same change in the 64-bit block, which is the one read. */
			if (bad[i].at >= 20) {
				size_t v1 = (size_t)(block(b + n, '2', 4, when, idx, 3, types, 3, chars, sizeof chars) - (b + n));
				int at = bad[i].at >= TIMES && bad[i].at < IDX ? TIMES + 4 * 2 * ((bad[i].at - TIMES) / 4) :
					 bad[i].at >= IDX ? bad[i].at + 12 : bad[i].at;

				b[v1 + at] = bad[i].v;
			}
		}
		use_file(path, b, len);
		t_str(bad[i].name, local(0), "1970-01-01 00:00:00 UTC +0000 dst0 y0 w4 off0");
	}
	n = make(b, '2', "AAA-1BBB,M13.5.0,M10.5.0/3");
	use_file(path, b, n);
	t_str("bad_footer", local(0), "1970-01-01 00:00:00 UTC +0000 dst0 y0 w4 off0");
	unlink(path);
}

static struct tm mk(int y, int mon, int d, int h, int mi, int s, int dst)
{
	struct tm tm = { 0 };

	tm.tm_year = y - 1900;
	tm.tm_mon = mon - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = s;
	tm.tm_isdst = dst;
	return tm;
}

static void check_mktime(const char *name, struct tm tm, long long want, const char *want_local)
{
	time_t t = mktime(&tm);
	char b[64];

	t_eq(name, t, want);
	strftime(b, sizeof b, "%Y-%m-%d %H:%M:%S %Z w%w y%j", &tm);
	t_str(name, b, want_local);
}

static void mktime_cases(void)
{
	struct tm tm;

	zone("CET-1CEST,M3.5.0,M10.5.0/3");
	check_mktime("mktime_winter", mk(2024, 1, 15, 12, 0, 0, -1), 1705316400, "2024-01-15 12:00:00 CET w1 y015");
	check_mktime("mktime_summer", mk(2024, 7, 1, 12, 0, 0, -1), 1719828000, "2024-07-01 12:00:00 CEST w1 y183");
	/* After a winter time: the gap's 02:30 becomes 03:30 CEST, as glibc. */
	check_mktime("mktime_winter2", mk(2024, 1, 15, 12, 0, 0, -1), 1705316400, "2024-01-15 12:00:00 CET w1 y015");
	check_mktime("mktime_gap", mk(2024, 3, 31, 2, 30, 0, -1), 1711848600, "2024-03-31 03:30:00 CEST w0 y091");
	check_mktime("mktime_overlap_std", mk(2024, 10, 27, 2, 30, 0, 0), 1729992600, "2024-10-27 02:30:00 CET w0 y301");
	check_mktime("mktime_overlap_dst", mk(2024, 10, 27, 2, 30, 0, 1), 1729989000, "2024-10-27 02:30:00 CEST w0 y301");
	check_mktime("mktime_isdst_wrong", mk(2024, 1, 15, 12, 0, 0, 1), 1705312800, "2024-01-15 11:00:00 CET w1 y015");
	check_mktime("mktime_normalize", mk(2024, 1, 32, 25, 61, 61, -1), 1706835721, "2024-02-02 02:02:01 CET w5 y033");
	check_mktime("mktime_negative", mk(2024, -1, 0, -1, 0, -1, -1), 1698703199, "2023-10-30 22:59:59 CET w1 y303");
	tm = mk(2024, 12, 31, 0, 0, 0, -1);
	tm.tm_year = INT_MAX;
	tm.tm_mon = 12;
	errno = 0;
	t_eq("mktime_overflow", mktime(&tm), -1);
	t_eq("mktime_overflow_errno", errno, EOVERFLOW);
	t_eq("mktime_overflow_tm_kept", tm.tm_mon, 12);
	tm = mk(2024, 3, 31, 2, 30, 0, -1);
	t_eq("timegm", timegm(&tm), 1711852200);
	t_eq("timegm_zone", tm.tm_isdst + tm.tm_hour, 2);
	t_true("difftime", difftime(10, 4) == 6.0, "difftime(10, 4) != 6");
}

/* Formats gcc would warn about, on purpose (glibc's extensions, unknown ones, empty). */
static size_t fmt(char *b, size_t n, const char *f, const struct tm *tm)
{
	return strftime(b, n, f, tm);
}

static void strftime_cases(void)
{
	struct tm tm = mk(2024, 3, 5, 13, 4, 9, 0);
	char b[256];

	tm.tm_wday = 2;
	tm.tm_yday = 64;
	tm.tm_gmtoff = 5400;
	tm.tm_zone = "CET";
	zone("UTC0");
	fmt(b, sizeof b, "%a %A %b %B %c|%C %d %D %e %F %g %G %h %H %I %j %k %l %m %M", &tm);
	t_str("strftime_all1", b, "Tue Tuesday Mar March Tue Mar  5 13:04:09 2024|20 05 03/05/24  5 2024-03-05 24 2024 Mar 13 01 065 13  1 03 04");
	fmt(b, sizeof b, "%n%p %P %r %R %S%t%T %u %U %V %w %W %x %X %y %Y %z %Z %% %s", &tm);
	t_str("strftime_all2", b, "\nPM pm 01:04:09 PM 13:04 09\t13:04:09 2 09 10 2 10 03/05/24 13:04:09 24 2024 +0130 CET % 1709643849");
	fmt(b, sizeof b, "%_5d|%-d|%010Y|%^a|%#p|%#Z|%-5k|%Ey|%Od|%EC|%q|%5q|%Ea|%^B|%10z|%-z|%_3j", &tm);
	t_str("strftime_flags", b, "    5|5|0000002024|TUE|pm|cet|   13|24|05|20|%q|  %5q|%Ea|MARCH|         +0000000130|+130| 65");
	t_eq("strftime_fits", fmt(b, 5, "%Y", &tm), 4);
	t_eq("strftime_too_long", fmt(b, 4, "%Y", &tm), 0);
	t_eq("strftime_zero", fmt(b, 0, "", &tm), 0);
	t_eq("strftime_empty", fmt(b, 1, "", &tm), 0);
	tm.tm_isdst = -1;
	fmt(b, sizeof b, "[%z]", &tm);
	t_str("strftime_z_unknown", b, "[]");
}

static void asctime_cases(void)
{
	struct tm tm = mk(2024, 3, 5, 13, 4, 9, 0);
	char b[26];
	time_t t = 0;

	tm.tm_wday = 2;
	t_str("asctime", asctime(&tm), "Tue Mar  5 13:04:09 2024\n");
	t_str("asctime_r", asctime_r(&tm, b), "Tue Mar  5 13:04:09 2024\n");
	zone("UTC0");
	t_str("ctime", ctime(&t), "Thu Jan  1 00:00:00 1970\n");
	t_str("ctime_r", ctime_r(&t, b), "Thu Jan  1 00:00:00 1970\n");
	tm.tm_year = 10000 - 1900;
	tm.tm_wday = 9;
	tm.tm_mon = -1;
	T_ERR("asctime_r_overflow", asctime_r(&tm, b) ? 0 : -1, EOVERFLOW);
	t_str("asctime_big_year", asctime(&tm), "??? ???  5 13:04:09 10000\n");
	t_true("localtime_static", localtime(&t) == localtime(&t), "two pointers");
	t_str("localtime", asctime(localtime(&t)), "Thu Jan  1 00:00:00 1970\n");
}

int main(void)
{
	rules();
	tzif();
	malformed();
	mktime_cases();
	strftime_cases();
	asctime_cases();
	return t_done();
}
