/*
 * Differential test of inet_pton, inet_ntop and inet_aton against the host
 * glibc: trapdoor's sources are compiled here under other names and given
 * generated strings (addresses written every way, then mutated: a character
 * dropped, changed or added) and random 4- and 16-byte addresses, with the
 * runs of zeros and the mapped prefixes that change how an address is written.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <check.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "libc.h"
#undef weak_alias
#define weak_alias(old, new)
#undef hidden
#define hidden
#define __inet_pton4 td_inet_pton4
#define __inet_pton6 td_inet_pton6
#define __inet_aton td_inet_aton
#define __inet_ntop td_inet_ntop
#define inet_pton td_inet_pton
#include "../../src/network/__inet_pton4.c"
#include "../../src/network/__inet_pton6.c"
#include "../../src/network/inet_pton.c"
#include "../../src/network/inet_aton.c"
#include "../../src/network/inet_ntop.c"
#undef inet_pton

static uint64_t rng = 0x9e3779b97f4a7c15u;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* A 16-byte address with zero runs, mapped or compatible prefixes, or noise. */
static void random_v6(unsigned char *a)
{
	for (int i = 0; i < 16; i++)
		a[i] = next() % 4 ? 0 : next();
	if (next() % 8 == 0) {
		memset(a, 0, 10);
		a[10] = a[11] = 0xff;
	} else if (next() % 8 == 0) {
		memset(a, 0, 12);
	}
	if (next() % 16 == 0)
		for (int i = 0; i < 16; i++)
			a[i] = next();
}

static void same_ntop(int af, const unsigned char *a)
{
	char x[64], y[64];
	socklen_t size = next() % 4 ? sizeof x : next() % 48;
	const char *px, *py;
	int ex, ey;

	memset(x, 0x55, sizeof x);
	memset(y, 0x55, sizeof y);
	errno = 0;
	px = td_inet_ntop(af, a, x, size);
	ex = errno;
	errno = 0;
	py = inet_ntop(af, a, y, size);
	ey = errno;
	ck_assert_msg(!px == !py, "ntop af %d size %u: %s vs glibc %s", af, size, px ? x : "NULL",
		      py ? y : "NULL");
	if (px)
		ck_assert_str_eq(x, y);
	else
		ck_assert_int_eq(ex, ey);
}

static void same_pton(const char *s)
{
	unsigned char x[16], y[16];
	struct in_addr ax, ay;
	int rx, ry;

	for (int af = AF_INET; af != -1; af = af == AF_INET ? AF_INET6 : -1) {
		memset(x, 0, sizeof x);
		memset(y, 0, sizeof y);
		rx = td_inet_pton(af, s, x);
		ry = inet_pton(af, s, y);
		ck_assert_msg(rx == ry, "pton af %d \"%s\": %d vs glibc %d", af, s, rx, ry);
		if (rx == 1)
			ck_assert_msg(!memcmp(x, y, 16), "pton af %d \"%s\": other bytes", af, s);
	}
	ax.s_addr = ay.s_addr = 0;
	rx = td_inet_aton(s, &ax);
	ry = inet_aton(s, &ay);
	ck_assert_msg(!rx == !ry, "aton \"%s\": %d vs glibc %d", s, rx, ry);
	if (rx)
		ck_assert_msg(ax.s_addr == ay.s_addr, "aton \"%s\": %08x vs glibc %08x", s, ax.s_addr,
			      ay.s_addr);
}

/* s changed in one place: a character dropped, replaced or inserted. */
static void mutate(char *s)
{
	static const char alphabet[] = "0123456789abcdefABCDEFxX:.% g-+";
	size_t n = strlen(s), at = n ? next() % n : 0;

	switch (next() % 3) {
	case 0:
		memmove(s + at, s + at + 1, n - at);
		break;
	case 1:
		if (n)
			s[at] = alphabet[next() % (sizeof alphabet - 1)];
		break;
	default:
		memmove(s + at + 1, s + at, n - at + 1);
		s[at] = alphabet[next() % (sizeof alphabet - 1)];
	}
}

START_TEST(ntop_against_glibc)
{
	unsigned char a[16];

	for (long i = 0; i < 300000; i++) {
		random_v6(a);
		same_ntop(AF_INET6, a);
		same_ntop(AF_INET, a + 12);
	}
	same_ntop(AF_UNIX, a);
}
END_TEST

START_TEST(pton_against_glibc)
{
	static const char *fixed[] = { "", ":", "::", ":::", "::1", "1::", "1::2::3", "1:2:3:4:5:6:7:8",
		"1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7::", "::1:2:3:4:5:6:7", "::1:2:3:4:5:6:7:8",
		"::ffff:1.2.3.4", "1:2:3:4:5:6:1.2.3.4", "1:2:3:4:5:6:7:1.2.3.4", "::1.2.3", "12345::",
		"0.0.0.0", "255.255.255.255", "256.1.1.1", "01.2.3.4", "1.2.3.4 ", "1.2.3.4x", "0x7f.1",
		"0x", "0x.1", "08", "4294967295", "4294967296", "1.16777215", "1.16777216", "1.2.65535",
		"1.2.65536", "1.2.3.256", "1.2.3.4.5", "1..2", ".1", "1.", "+1", " 1", "1 junk", "00000" };
	char s[80];
	unsigned char a[16];

	for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
		same_pton(fixed[i]);
	for (long i = 0; i < 300000; i++) {
		random_v6(a);
		if (next() % 3 == 0)
			inet_ntop(AF_INET, a + 12, s, sizeof s);
		else if (next() % 2)
			inet_ntop(AF_INET6, a, s, sizeof s);
		else
			snprintf(s, sizeof s, "%x:%x:%x:%x:%x:%x:%x:%x", a[0], a[1] << 8 | a[2], a[3],
				 a[4], a[5], a[6], a[7] << 4, a[8]);
		same_pton(s);
		for (int m = next() % 4; m > 0; m--)
			mutate(s);
		same_pton(s);
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("inet_diff");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	tcase_set_timeout(tc, 0);
	tcase_add_test(tc, ntop_against_glibc);
	tcase_add_test(tc, pton_against_glibc);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed != 0;
}
