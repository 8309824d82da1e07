/*
 * Differential test of the time zone code against the host glibc: tzset's
 * variables, localtime_r across every DST transition found from 1900 to
 * 2100 (and seconds either side), mktime (with tm_isdst -1, 0 and 1) over
 * local times around each of them and over fields out of range, strftime
 * of every conversion with every flag, modifier and some widths,
 * asctime_r and ctime_r; for zones of the system's /usr/share/zoneinfo
 * (every TZif file there at a few instants each) and for POSIX TZ strings.
 * trapdoor's sources are compiled here under other names.
 */
#define _GNU_SOURCE
#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "libc.h"
#undef weak_alias
#define weak_alias(old, new)
/* glibc exports __tzname, __timezone and __daylight itself: ours must not interpose. */
#define __tzname td_tzname_
#define __timezone td_timezone_
#define __daylight td_daylight_
#define __tz_sync td_tz_sync
#define __tz_at td_tz_at
#define __tzset td_tzset
#define __localtime_r td_localtime_r
#define __mktime td_mktime
#define __tz_read_file td_tz_read_file
#define __asctime_fmt td_asctime_fmt
#define __gmtime_r td_gmtime_r
#define strftime td_strftime
#define timegm td_timegm
#define asctime_r td_asctime_r
#define ctime_r td_ctime_r
#include "../../src/time/gmtime_r.c"
#include "../../src/time/__tz.c"
#include "../../src/time/tzset.c"
#include "../../src/time/localtime_r.c"
#include "../../src/time/mktime.c"
#include "../../src/time/timegm.c"
#include "../../src/time/strftime.c"
#include "../../src/time/__asctime_fmt.c"
#include "../../src/time/asctime_r.c"
#include "../../src/time/ctime_r.c"
#undef strftime
#undef timegm
#undef asctime_r
#undef ctime_r

long td_tz_read_file(const char *path, unsigned char *buf, size_t max)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n;
	char extra;

	if (fd < 0)
		return -1;
	n = read(fd, buf, max);
	if (n >= 0 && (size_t)n == max && read(fd, &extra, 1) != 0)
		n = -1;
	close(fd);
	return n;
}

#define ZONEINFO "/usr/share/zoneinfo"

static const char *const zones[] = {
	"Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "America/Sao_Paulo",
	"Europe/London", "Pacific/Chatham", "Africa/Casablanca", "Europe/Dublin", "America/St_Johns",
	"Asia/Tehran", "Pacific/Apia", "Antarctica/Troll", "Pacific/Kiritimati", "America/Santiago",
	"Europe/Moscow", "Australia/Lord_Howe", "America/Godthab", "Asia/Jerusalem", "UTC", ":Europe/Paris",
};

static const char *const rules[] = {
	"CET-1CEST,M3.5.0,M10.5.0/3", "<+0330>-3:30", "EST5EDT4,J60/2,J300/2", "NZST-12NZDT,M9.5.0,M4.1.0/3",
	"<-03>3<-02>,M3.5.0/-2,M10.5.0/-1", "IST-2IDT,M3.4.4/26,M10.5.0", "AAA3BBB,0/0,365/25",
	"PST8PDT", "EST5EDT", "XYZ-25:70:70", "<+1245>-12:45<+1345>,M9.5.0/2:45,M4.1.0/3:45", "AAA-1BBB,J1/0,J365/24",
	"<-01>1<+00>,M3.5.0/0,M10.5.0/1", "ABC+5:30:15DEF+4:10,M3.2.0,M11.1.0", "",
};

static int have_zoneinfo(void)
{
	return access(ZONEINFO "/Europe/Berlin", R_OK) == 0;
}

static void use_zone(const char *tz)
{
	setenv("TZ", tz, 1);
	tzset();
	td_tzset();
}

static int same_tm(const struct tm *a, const struct tm *b)
{
	return a->tm_year == b->tm_year && a->tm_mon == b->tm_mon && a->tm_mday == b->tm_mday &&
	       a->tm_hour == b->tm_hour && a->tm_min == b->tm_min && a->tm_sec == b->tm_sec &&
	       a->tm_wday == b->tm_wday && a->tm_yday == b->tm_yday && a->tm_isdst == b->tm_isdst &&
	       a->tm_gmtoff == b->tm_gmtoff && !strcmp(a->tm_zone ? a->tm_zone : "(null)",
						      b->tm_zone ? b->tm_zone : "(null)");
}

#define TM_FMT "%d-%02d-%02d %02d:%02d:%02d w%d y%d dst%d off%ld %s"
#define TM_ARGS(x) (x).tm_year + 1900, (x).tm_mon + 1, (x).tm_mday, (x).tm_hour, (x).tm_min, (x).tm_sec, \
	(x).tm_wday, (x).tm_yday, (x).tm_isdst, (x).tm_gmtoff, (x).tm_zone

static void same_local(const char *tz, time_t t)
{
	struct tm a, b;
	struct tm *pa = td_localtime_r(&t, &a), *pb = localtime_r(&t, &b);

	ck_assert_msg(!pa == !pb, "%s at %lld: null %d vs glibc %d", tz, (long long)t, !pa, !pb);
	if (pa)
		ck_assert_msg(same_tm(&a, &b), "%s at %lld: " TM_FMT " vs glibc " TM_FMT, tz, (long long)t,
			      TM_ARGS(a), TM_ARGS(b));
}

static void same_mktime(const char *tz, const struct tm *in)
{
	struct tm a = *in, b = *in;
	time_t ta, tb;
	int ea, eb;

	errno = 0;
	ta = td_mktime(&a);
	ea = errno;
	errno = 0;
	tb = mktime(&b);
	eb = errno;
	ck_assert_msg(ta == tb && (ta != -1 || ea == eb) && same_tm(&a, &b),
		      "%s mktime(" TM_FMT "): %lld " TM_FMT " vs glibc %lld " TM_FMT, tz, TM_ARGS(*in),
		      (long long)ta, TM_ARGS(a), (long long)tb, TM_ARGS(b));
}

static void same_vars(const char *tz)
{
	ck_assert_msg(!strcmp(td_tzname_[0], tzname[0]) && !strcmp(td_tzname_[1], tzname[1]) &&
		      td_timezone_ == timezone && td_daylight_ == daylight,
		      "%s: tzname %s %s timezone %ld daylight %d vs glibc %s %s %ld %d", tz, td_tzname_[0],
		      td_tzname_[1], td_timezone_, td_daylight_, tzname[0], tzname[1], timezone, daylight);
}

static int differ(const struct tm *a, const struct tm *b)
{
	return a->tm_gmtoff != b->tm_gmtoff || a->tm_isdst != b->tm_isdst || strcmp(a->tm_zone, b->tm_zone);
}

/* Local times around the transition at t, with each tm_isdst, and with seconds out of range. */
static void around(const char *tz, time_t t)
{
	struct tm base, tm;
	time_t u = t - 1;

	localtime_r(&u, &base);
	for (int m = -120; m <= 120; m += 15)
		for (int dst = -1; dst <= 1; dst++) {
			tm = base;
			tm.tm_min += m;
			tm.tm_isdst = dst;
			same_mktime(tz, &tm);
			tm.tm_sec += 3600 * dst;
			same_mktime(tz, &tm);
		}
}

/* Every transition from 1900 to 2100, found in day steps and pinned by bisection. */
static long transitions(const char *tz, time_t from)
{
	static const int deltas[] = { -86400, -3600, -1801, -1800, -1, 0, 1, 1799, 1800, 3600, 86400 };
	time_t lo, hi, t, end = 4102444800;
	struct tm a, b, c;
	long n = 0;

	use_zone(tz);
	same_vars(tz);
	t = from;
	localtime_r(&t, &a);
	for (; t < end; t += 86400) {
		time_t next = t + 86400;

		localtime_r(&next, &b);
		if (!differ(&a, &b)) {
			same_local(tz, next);
			continue;
		}
		for (lo = t, hi = next; hi - lo > 1;) {
			time_t mid = lo + (hi - lo) / 2;

			localtime_r(&mid, &c);
			if (differ(&a, &c))
				hi = mid;
			else
				lo = mid;
		}
		for (size_t i = 0; i < sizeof deltas / sizeof deltas[0]; i++)
			same_local(tz, hi + deltas[i]);
		around(tz, hi);
		a = b;
		n++;
	}
	return n;
}

START_TEST(zones_against_glibc)
{
	long n = 0;

	if (!have_zoneinfo()) {
		fprintf(stderr, "time_diff: no " ZONEINFO " (apt-get install tzdata): zone files not compared\n");
		return;
	}
	for (size_t i = 0; i < sizeof zones / sizeof zones[0]; i++)
		n += transitions(zones[i], -2208988800);
	ck_assert_msg(n > 2000, "only %ld transitions found", n);
}
END_TEST

START_TEST(rules_against_glibc)
{
	/* glibc works out a rule's dates in years before 1970 as if in 1970 (mktime looks 8 years around). */
	for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++)
		transitions(rules[i], 315532800);
}
END_TEST

static uint64_t rng = 0x9e3779b97f4a7c15u;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static int pick(int lo, int hi)
{
	return (int)(lo + (long long)(next() % (uint64_t)((long long)hi - lo + 1)));
}

/* Fields out of range, in zones with and without DST. */
START_TEST(mktime_normalizes_like_glibc)
{
	static const char *const tzs[] = { "Europe/Berlin", "Australia/Lord_Howe", "America/St_Johns",
					   "CET-1CEST,M3.5.0,M10.5.0/3", "UTC0", "<+0330>-3:30" };

	for (size_t z = 0; z < sizeof tzs / sizeof tzs[0]; z++) {
		if (tzs[z][0] != '<' && strchr(tzs[z], '/') && !strchr(tzs[z], ',') && !have_zoneinfo())
			continue;
		use_zone(tzs[z]);
		for (int i = 0; i < 20000; i++) {
			struct tm tm = { 0 };

			tm.tm_year = pick(strchr(tzs[z], ',') || strchr(tzs[z], '<') ? 76 : -100, 250);
			tm.tm_mon = pick(-40, 40);
			tm.tm_mday = pick(-400, 400);
			tm.tm_hour = pick(-100, 100);
			tm.tm_min = pick(-3000, 3000);
			tm.tm_sec = pick(-100000, 100000);
			tm.tm_isdst = pick(-1, 1);
			same_mktime(tzs[z], &tm);
		}
	}
	/* Past the years glibc's rules work out right: where the result does not fit. */
	use_zone("UTC0");
	for (int i = 0; i < 20000; i++) {
		struct tm tm = { 0 };

		tm.tm_year = pick(INT_MAX - 10, INT_MAX);
		tm.tm_mon = pick(0, 40);
		tm.tm_mday = pick(1, 400);
		tm.tm_isdst = pick(-1, 0);
		same_mktime("UTC0", &tm);
		tm.tm_year = pick(INT_MIN, INT_MIN + 10);
		tm.tm_mon = -tm.tm_mon;
		same_mktime("UTC0", &tm);
	}
}
END_TEST

static int is_tzif(const char *path)
{
	char magic[4];
	int fd = open(path, O_RDONLY), ok;

	if (fd < 0)
		return 0;
	ok = read(fd, magic, 4) == 4 && !memcmp(magic, "TZif", 4);
	close(fd);
	return ok;
}

/* Every TZif file of the system, at instants from 1800 to 2200; none may be rejected. */
static long walk(const char *dir, const char *rel)
{
	static ino_t last_ino;
	char path[4096], name[4096];
	struct dirent *e;
	struct stat st;
	long n = 0;
	DIR *d = opendir(dir);

	if (!d)
		return 0;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.' || !strcmp(e->d_name, "right") || !strcmp(e->d_name, "posixrules"))
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		snprintf(name, sizeof name, "%s%s%s", rel, *rel ? "/" : "", e->d_name);
		if (stat(path, &st))
			continue;
		if (S_ISDIR(st.st_mode)) {
			n += walk(path, name);
			continue;
		}
		if (!is_tzif(path))
			continue;
		use_zone(name);
		/* glibc does not read again the file it has (a link), and its localtime moves tzname. */
		if (st.st_ino != last_ino)
			same_vars(name);
		last_ino = st.st_ino;
		ck_assert_msg(z.ntype > 0, "%s: rejected", name);
		for (int i = 0; i < 200; i++)
			same_local(name, (time_t)((long long)(next() % (400ULL * 365 * 86400)) - 170LL * 365 * 86400));
		n++;
	}
	closedir(d);
	return n;
}

START_TEST(every_zone_file_like_glibc)
{
	if (!have_zoneinfo()) {
		fprintf(stderr, "time_diff: no " ZONEINFO " (apt-get install tzdata): zone files not compared\n");
		return;
	}
	ck_assert_int_gt(walk(ZONEINFO, ""), 300);
}
END_TEST

static void same_strftime(const char *fmt, const struct tm *tm, size_t max)
{
	char a[512], b[512];
	size_t na, nb;

	memset(a, 1, sizeof a);
	memset(b, 1, sizeof b);
	na = td_strftime(a, max, fmt, tm);
	nb = strftime(b, max, fmt, tm);
	ck_assert_msg(na == nb && (!na || !memcmp(a, b, na + 1)),
		      "strftime(\"%s\", max %zu) at " TM_FMT ": %zu \"%s\" vs glibc %zu \"%s\"", fmt, max,
		      TM_ARGS(*tm), na, na ? a : "", nb, nb ? b : "");
}

/* Every conversion character with each flag, modifier and width; and each length limit. */
START_TEST(strftime_against_glibc)
{
	static const char *const flags[] = { "", "_", "-", "0", "^", "#", "^#", "_^", "0#" };
	static const char *const widths[] = { "", "1", "3", "6", "12" };
	static const char *const mods[] = { "", "E", "O" };
	static const int years[] = { 124, 70, -1900, -1905, -2000, -2001, -1901, -1801, 8099, 8100, 0, 99,
				     INT_MAX, INT_MIN, 2000 };
	static const long offs[] = { 3600, 0, -18000, 19800, 45900, -12600, 34200, -(5 * 3600 + 1807), 86399 };
	char fmt[32];

	/* A zone without DST: %s (mktime) of years before 1970 is then right in glibc too. */
	use_zone("<+0330>-3:30");
	for (int k = 0; k < 300; k++) {
		struct tm tm = { 0 };
		time_t t = (time_t)((long long)(next() % (300ULL * 365 * 86400)) - 100LL * 365 * 86400);

		td_localtime_r(&t, &tm);
		if (k % 3 == 1) {
			tm.tm_year = years[k / 3 % (sizeof years / sizeof years[0])];
			tm.tm_gmtoff = offs[k / 3 % (sizeof offs / sizeof offs[0])];
			tm.tm_isdst = k % 4 - 1;
		}
		if (k % 7 == 2)
			tm.tm_zone = k % 2 ? "" : NULL;
		if (k % 11 == 5) {
			tm.tm_wday = pick(-3, 9);
			tm.tm_mon = pick(-3, 14);
			tm.tm_hour = pick(-2, 26);
			tm.tm_yday = pick(-5, 370);
		}
		for (int c = 1; c < 127; c++)
			for (size_t f = 0; f < sizeof flags / sizeof flags[0]; f++)
				for (size_t w = 0; w < sizeof widths / sizeof widths[0]; w++)
					for (size_t m = 0; m < 3; m++) {
						if ((f || w || m) && k % 10)
							continue;
						snprintf(fmt, sizeof fmt, "<%%%s%s%s%c>", flags[f], widths[w], mods[m], c);
						same_strftime(fmt, &tm, 512);
					}
		same_strftime("%c|%D|%F|%r|%R|%T|%x|%X|%s|%z|%Z|%G|%g|%V|%U|%W|%j|%e|%k|%l|%P", &tm, 512);
		for (size_t max = 0; max < 30; max++)
			same_strftime("%A %d %B %Y %10z", &tm, max);
		same_strftime("trailing %", &tm, 512);
		same_strftime("trailing %_5E", &tm, 512);
	}
}
END_TEST

START_TEST(asctime_ctime_against_glibc)
{
	char a[64], b[64];

	use_zone("EST5EDT4,J60/2,J300/2");
	for (int i = 0; i < 20000; i++) {
		struct tm tm = { 0 };
		time_t t = (time_t)(next() % (200ULL * 365 * 86400));
		char *pa, *pb;

		ck_assert_str_eq(td_ctime_r(&t, a), ctime_r(&t, b));
		tm.tm_year = i % 2 ? pick(-3000, 12000) : pick(INT_MIN, INT_MAX);
		tm.tm_wday = pick(-1, 7);
		tm.tm_mon = pick(-1, 12);
		tm.tm_mday = pick(-100, 100);
		tm.tm_hour = pick(-10, 100);
		tm.tm_min = pick(-10, 100);
		tm.tm_sec = pick(-10, 100);
		errno = 0;
		pa = td_asctime_r(&tm, a);
		pb = asctime_r(&tm, b);
		ck_assert_msg(!pa == !pb && (!pa || !strcmp(a, b)), "asctime_r: %s vs glibc %s", pa ? a : "NULL",
			      pb ? b : "NULL");
		errno = 0;
		ck_assert_int_eq(td_timegm(&tm) , timegm(&(struct tm){ tm.tm_sec, tm.tm_min, tm.tm_hour, tm.tm_mday,
			tm.tm_mon, tm.tm_year, 0, 0, 0, 0, 0 }));
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("time_diff");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	tcase_set_timeout(tc, 0);
	tcase_add_test(tc, rules_against_glibc);
	tcase_add_test(tc, zones_against_glibc);
	tcase_add_test(tc, mktime_normalizes_like_glibc);
	tcase_add_test(tc, every_zone_file_like_glibc);
	tcase_add_test(tc, strftime_against_glibc);
	tcase_add_test(tc, asctime_ctime_against_glibc);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed != 0;
}
