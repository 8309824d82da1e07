/*
 * RFC 6724 destination ordering (src/network/__addr_order.c) on fixed
 * destinations and the source addresses the kernel would have chosen, so
 * that each rule a stub applies (1, 2, 5, 6, 8, 9, 10) decides one case
 * whatever this machine's interfaces are.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <check.h>
#include <string.h>

#include "libc.h"
#undef hidden
#define hidden
#include "../../src/network/__addr_order.c"

static struct address addr(const char *s)
{
	struct address a = { .family = strchr(s, ':') ? AF_INET6 : AF_INET };

	if (*s)
		ck_assert_int_eq(inet_pton(a.family, s, a.addr), 1);
	else
		a.family = 0;
	return a;
}

/* Sorts pairs "dest", "source" ("" for none) and checks the destinations' new order. */
static void order(const char *const *pairs, int n, const char *const *want)
{
	struct address d[8], s[8];
	char text[INET6_ADDRSTRLEN];

	for (int i = 0; i < n; i++) {
		d[i] = addr(pairs[2 * i]);
		s[i] = addr(pairs[2 * i + 1]);
	}
	__addr_order(d, s, n);
	for (int i = 0; i < n; i++) {
		inet_ntop(d[i].family, d[i].addr, text, sizeof text);
		ck_assert_str_eq(text, want[i]);
	}
}

#define ORDER(pairs, ...) \
	order(pairs, sizeof pairs / sizeof pairs[0] / 2, (const char *const[]){ __VA_ARGS__ })

START_TEST(rule1_unusable_last)
{
	static const char *const p[] = { "2001:db8::1", "", "192.0.2.1", "192.0.2.100" };
	ORDER(p, "192.0.2.1", "2001:db8::1");
}
END_TEST

START_TEST(rule2_matching_scope)
{
	static const char *const p[] = { "fe80::1", "2001:db8::5", "2001:db8::1", "2001:db8::5" };
	ORDER(p, "2001:db8::1", "fe80::1");
}
END_TEST

START_TEST(rule5_label_before_precedence)
{
	/* 2001:db8::1 has precedence 40, 2002::/16 (6to4) 30, but only the latter's label matches. */
	static const char *const p[] = { "2001:db8::1", "2002:c000:201::5", "2002:c000:202::1",
					 "2002:c000:201::5" };
	ORDER(p, "2002:c000:202::1", "2001:db8::1");
}
END_TEST

START_TEST(rule6_precedence)
{
	static const char *const p[] = { "192.0.2.1", "192.0.2.100", "2001:db8::1", "2001:db8::5",
					 "fd00::1", "fd00::5", "127.0.0.1", "127.0.0.1", "::1", "::1" };
	/* ::1 50, ::/0 40, IPv4 35 (127/8 first by rule 8, its smaller scope), fc00::/7 3. */
	ORDER(p, "::1", "2001:db8::1", "127.0.0.1", "192.0.2.1", "fd00::1");
}
END_TEST

START_TEST(rule8_smaller_scope)
{
	static const char *const p[] = { "2001:db8::1", "2001:db8::5", "fe80::1", "fe80::5",
					 "ff02::1", "fe80::5" };
	ORDER(p, "fe80::1", "ff02::1", "2001:db8::1");
}
END_TEST

START_TEST(rule9_longest_prefix_ipv6_only)
{
	static const char *const p[] = { "2001:db8:1::1", "2001:db8:2::5", "2001:db8:2::1",
					 "2001:db8:2::5" };
	static const char *const p4[] = { "10.1.0.1", "192.168.0.5", "192.168.0.1", "192.168.0.5" };
	ORDER(p, "2001:db8:2::1", "2001:db8:1::1");
	ORDER(p4, "10.1.0.1", "192.168.0.1");
}
END_TEST

START_TEST(rule10_stable)
{
	static const char *const p[] = { "192.0.2.3", "192.0.2.100", "192.0.2.1", "192.0.2.100",
					 "192.0.2.2", "192.0.2.100", "192.0.2.9", "" };
	ORDER(p, "192.0.2.3", "192.0.2.1", "192.0.2.2", "192.0.2.9");
}
END_TEST

START_TEST(v4mapped_destination_is_ipv4)
{
	static const char *const p[] = { "::ffff:192.0.2.1", "::ffff:192.0.2.100", "2001:db8::1",
					 "2001:db8::5" };
	ORDER(p, "2001:db8::1", "::ffff:192.0.2.1");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("addr_order");
	TCase *tc = tcase_create("core");
	SRunner *sr;
	int failed;

	tcase_add_test(tc, rule1_unusable_last);
	tcase_add_test(tc, rule2_matching_scope);
	tcase_add_test(tc, rule5_label_before_precedence);
	tcase_add_test(tc, rule6_precedence);
	tcase_add_test(tc, rule8_smaller_scope);
	tcase_add_test(tc, rule9_longest_prefix_ipv6_only);
	tcase_add_test(tc, rule10_stable);
	tcase_add_test(tc, v4mapped_destination_is_ipv4);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed != 0;
}
