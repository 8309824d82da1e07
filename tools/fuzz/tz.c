/*
 * A fuzzer of the time zone parsers, run by hand on the host (not part of
 * make check), best under the sanitizers:
 *
 *   cc -O1 -g -fsanitize=address,undefined -iquote src/internal tools/fuzz/tz.c -o /tmp/fuzz-tz
 *   /tmp/fuzz-tz SEED MILLION_CASES [TZif files to start from ...]
 *
 * Each case mutates a valid TZif file (bytes flipped, counts changed,
 * cut short or extended) or a POSIX TZ string (characters replaced,
 * inserted, dropped), loads it as the zone, and asks for the local time at
 * random instants.  A crash or sanitizer report is a finding; so is a zone
 * that answers an offset outside RFC 8536's range, or a transition table
 * out of order.  The end prints how many cases loaded and how many were
 * refused.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "libc.h"
#undef weak_alias
#define weak_alias(old, new)
#define __tzname fz_tzname
#define __timezone fz_timezone
#define __daylight fz_daylight
#define __tz_read_file fz_read_file
#include "../../src/time/__tz.c"

static unsigned char file[1 << 16];
static size_t file_len;

long fz_read_file(const char *path, unsigned char *buf, size_t max)
{
	(void)path;
	if (file_len > max)
		return -1;
	memcpy(buf, file, file_len);
	return (long)file_len;
}

static uint64_t rng;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static const char *const seeds[] = {
	"CET-1CEST,M3.5.0,M10.5.0/3", "<+0330>-3:30", "EST5EDT4,J60/2,J300/2", "<-03>3<-02>,M3.5.0/-2,M10.5.0/-1",
	"IST-2IDT,M3.4.4/26,M10.5.0", "AAA3BBB,0/0,365/25", "NZST-12NZDT,M9.5.0,M4.1.0/3",
};

static void mutate_string(char *s, size_t size)
{
	static const char alphabet[] = "<>+-:,./0123456789JMABCDEFxyz\n";
	size_t n = strlen(s);

	for (int k = (int)(next() % 4) + 1; k > 0; k--) {
		size_t at = n ? next() % n : 0;
		char c = alphabet[next() % (sizeof alphabet - 1)];

		switch (next() % 3) {
		case 0: if (n) s[at] = c; break;
		case 1: if (n + 1 < size) { memmove(s + at + 1, s + at, n - at + 1); s[at] = c; n++; } break;
		default: if (n) { memmove(s + at, s + at + 1, n - at); n--; } break;
		}
	}
}

static void mutate_file(const unsigned char *orig, size_t len)
{
	memcpy(file, orig, len);
	file_len = len;
	for (int k = (int)(next() % 6) + 1; k > 0; k--) {
		size_t at = next() % file_len;

		switch (next() % 5) {
		case 0: file[at] ^= (unsigned char)(1u << (next() % 8)); break;
		case 1: file[at] = (unsigned char)next(); break;
		/* A count of the first or second header. */
		case 2: file[20 + 4 * (next() % 6) + next() % 4] = (unsigned char)next(); break;
		case 3: file_len = next() % (file_len + 1); if (!file_len) return; break;
		default:
			if (file_len + 64 < sizeof file) {
				for (int i = 0; i < 64; i++)
					file[file_len + (size_t)i] = (unsigned char)next();
				file_len += next() % 64;
			}
		}
	}
}

static void probe(void)
{
	struct tz_state st;

	for (int i = 0; i < 32; i++) {
		long long t = (long long)next();

		if (i & 1)
			t %= 1LL << 40;
		__tz_at(t, &st);
		if (st.gmtoff < -89999 - 24 * 3600 || st.gmtoff > 93599 + 24 * 3600 || !st.abbr) {
			printf("zone answers offset %ld at %lld\n", st.gmtoff, t);
			exit(1);
		}
	}
	for (int i = 1; i < z.n; i++)
		if (z.when[i] <= z.when[i - 1]) {
			printf("transitions out of order at %d\n", i);
			exit(1);
		}
}

int main(int argc, char **argv)
{
	static unsigned char orig[8][1 << 16];
	size_t orig_len[8], norig = 0;
	unsigned long long cases, loaded = 0;
	char s[128];

	if (argc < 3)
		return fprintf(stderr, "usage: fuzz-tz SEED MILLION_CASES [TZif ...]\n"), 2;
	rng = strtoull(argv[1], 0, 0) * 0x9e3779b97f4a7c15u | 1;
	cases = (unsigned long long)(strtod(argv[2], 0) * 1e6);
	for (int i = 3; i < argc && norig < 8; i++) {
		FILE *f = fopen(argv[i], "rb");

		if (f) {
			orig_len[norig] = fread(orig[norig], 1, sizeof orig[0], f);
			norig++;
			fclose(f);
		}
	}
	for (unsigned long long c = 0; c < cases; c++) {
		if (norig && c % 2) {
			size_t k = next() % norig;

			mutate_file(orig[k], orig_len[k]);
			setenv("TZ", "/fuzz", 1);
		} else {
			file_len = 0;
			snprintf(s, sizeof s, "%s", seeds[next() % (sizeof seeds / sizeof seeds[0])]);
			mutate_string(s, sizeof s);
			setenv("TZ", s, 1);
		}
		__tz_sync(1);
		loaded += z.ntype > 0 || z.rule.name[0] != z.rule.name[1] || strcmp(z.rule.name[0], "UTC");
		probe();
	}
	printf("%llu cases, %llu loaded a zone, %llu fell back to UTC\n", cases, loaded, cases - loaded);
	return 0;
}
