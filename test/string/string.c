/* The mem* and str* functions: results, return values and edge cases. */
#define _DEFAULT_SOURCE
#include <strings.h>
#include "t.h"
#include "string_under_test.h"

#define SIGN(x) ((x) > 0 ? 1 : (x) < 0 ? -1 : 0)

static void mem_cases(void)
{
	char buf[32], big[64];
	const char *s = "hello\0world";

	t_true("memcpy_returns_dst", memcpy(buf, "abcdef", 7) == buf, "memcpy returned another pointer");
	t_str("memcpy_copies", buf, "abcdef");
	t_true("memcpy_zero_length", memcpy(buf, "zz", 0) == buf && buf[0] == 'a',
	       "memcpy of 0 bytes wrote or returned wrong");
	t_eq("memcpy_copies_past_nul", (memcpy(big, s, 12), memcmp(big + 6, "world", 6)), 0);

	memcpy(buf, "0123456789", 11);
	t_true("memmove_returns_dst", memmove(buf + 2, buf, 5) == buf + 2, "memmove return");
	t_str("memmove_forward_overlap", buf, "0101234789");
	memcpy(buf, "0123456789", 11);
	memmove(buf, buf + 3, 5);
	t_str("memmove_backward_overlap", buf, "3456756789");
	memmove(buf, buf, 10);
	t_str("memmove_same_pointer", buf, "3456756789");

	t_true("memset_returns_dst", memset(buf, 'x', 4) == buf, "memset return");
	t_str("memset_fills", buf, "xxxx756789");
	memset(buf, 0x100 + 'y', 2);
	t_str("memset_uses_low_byte", buf, "yyxx756789");
	memset(buf + 1, 0, 0);
	t_str("memset_zero_length", buf, "yyxx756789");

	t_eq("memcmp_equal", memcmp("abc", "abc", 3), 0);
	t_eq("memcmp_zero_length", memcmp("a", "b", 0), 0);
	t_eq("memcmp_less", SIGN(memcmp("abc", "abd", 3)), -1);
	t_eq("memcmp_greater", SIGN(memcmp("abd", "abc", 3)), 1);
	t_eq("bcmp_equal", bcmp("abc", "abc", 3), 0);
	t_true("bcmp_differs", bcmp("abc", "abd", 3) != 0, "bcmp of different bytes gave 0");
	t_eq("memcmp_unsigned_bytes", SIGN(memcmp("\x80", "\x01", 1)), 1);
	t_eq("memcmp_past_nul", SIGN(memcmp("a\0b", "a\0c", 3)), -1);

	{
		const char *h = "abcabc";
		t_true("memchr_first_match", memchr(h, 'c', 6) == h + 2, "memchr missed the first c");
		t_true("memchr_not_found_null", memchr(h, 'z', 6) == NULL, "memchr found a z");
		t_true("memchr_beyond_n_null", memchr(h, 'c', 2) == NULL, "memchr looked past n");
		t_true("memchr_zero_length_null", memchr(h, 'a', 0) == NULL, "memchr with n = 0 matched");
		t_true("memchr_finds_nul", memchr(s, 0, 12) == s + 5, "memchr missed the NUL");
		t_true("memchr_int_to_uchar", memchr(h, 0x100 + 'b', 6) == h + 1,
		       "memchr(0x100 + 'b') missed b");
		t_true("memchr_minus_1_is_0xff", memchr("a\xff", -1, 2) != NULL, "memchr(-1) missed 0xff");
		t_true("memchr_0x80", memchr("ab\x80", 0x80, 3) != NULL, "memchr missed 0x80");
	}
}

static void str_cases(void)
{
	char buf[32];
	const char *s = "abcabc";

	t_eq("strlen_empty", strlen(""), 0);
	t_eq("strlen_hello", strlen("hello"), 5);
	t_eq("strlen_high_bytes", strlen("\x80\xff\x01"), 3);
	t_eq("strnlen_shorter", strnlen("hello", 10), 5);
	t_eq("strnlen_capped", strnlen("hello", 3), 3);
	t_eq("strnlen_zero", strnlen("hello", 0), 0);
	t_eq("strnlen_exact", strnlen("hello", 5), 5);

	t_eq("strcmp_equal", strcmp("abc", "abc"), 0);
	t_eq("strcmp_empty", strcmp("", ""), 0);
	t_eq("strcmp_less", SIGN(strcmp("abc", "abd")), -1);
	t_eq("strcmp_prefix_less", SIGN(strcmp("ab", "abc")), -1);
	t_eq("strcmp_longer_greater", SIGN(strcmp("abc", "ab")), 1);
	t_eq("strcmp_unsigned", SIGN(strcmp("\x80", "\x01")), 1);
	t_eq("strncmp_equal_prefix", strncmp("abcd", "abce", 3), 0);
	t_eq("strncmp_differs_at_n", SIGN(strncmp("abcd", "abce", 4)), -1);
	t_eq("strncmp_zero", strncmp("a", "b", 0), 0);
	t_eq("strncmp_stops_at_nul", strncmp("ab\0x", "ab\0y", 10), 0);
	t_eq("strncmp_unsigned", SIGN(strncmp("a\x80", "a\x01", 2)), 1);
	t_eq("strncmp_shorter", SIGN(strncmp("ab", "abc", 5)), -1);

	t_true("strchr_first", strchr(s, 'b') == s + 1, "strchr missed the first b");
	t_true("strchr_missing_null", strchr(s, 'z') == NULL, "strchr found z");
	t_true("strchr_nul_is_end", strchr(s, 0) == s + 6, "strchr(s, 0) is not the terminator");
	t_true("strchr_int_to_char", strchr("a\xff", -1) != NULL, "strchr(-1) missed 0xff");
	t_true("strchr_empty", strchr("", 'a') == NULL, "strchr found a in \"\"");
	t_true("strrchr_last", strrchr(s, 'b') == s + 4, "strrchr missed the last b");
	t_true("strrchr_missing_null", strrchr(s, 'z') == NULL, "strrchr found z");
	t_true("strrchr_nul_is_end", strrchr(s, 0) == s + 6, "strrchr(s, 0) is not the terminator");
	t_true("strrchr_first_char_only", strrchr("abbb", 'a') != NULL, "strrchr missed index 0");

	t_true("strcpy_returns_dst", strcpy(buf, "copy") == buf, "strcpy return");
	t_str("strcpy_copies", buf, "copy");
	strcpy(buf, "");
	t_str("strcpy_empty", buf, "");
	memset(buf, 'x', sizeof buf);
	t_true("strncpy_returns_dst", strncpy(buf, "ab", 5) == buf, "strncpy return");
	t_eq("strncpy_pads_with_nul", memcmp(buf, "ab\0\0\0xx", 7), 0);
	memset(buf, 'x', sizeof buf);
	strncpy(buf, "abcdef", 3);
	t_eq("strncpy_no_terminator_when_long", memcmp(buf, "abcx", 4), 0);
	strncpy(buf, "zz", 0);
	t_eq("strncpy_zero", buf[0], 'a');

	strcpy(buf, "ab");
	t_true("strcat_returns_dst", strcat(buf, "cd") == buf, "strcat return");
	t_str("strcat_appends", buf, "abcd");
	t_str("strcat_empty", strcat(buf, ""), "abcd");
	memset(buf, 'x', sizeof buf);
	strcpy(buf, "ab");
	t_str("strncat_limits", strncat(buf, "cdef", 2), "abcd");
	t_eq("strncat_terminates", buf[4], 0);
	t_str("strncat_short_src", strncat(buf, "e", 5), "abcde");
	t_str("strncat_zero", strncat(buf, "zz", 0), "abcde");

	s = "needle in a haystack";
	t_true("strstr_finds", strstr(s, "hay") == s + 12, "strstr missed hay");
	t_true("strstr_first_match", strstr("aaab", "aab") != NULL && !strcmp(strstr("aaab", "aab"), "aab"),
	       "strstr missed an overlapping match");
	t_true("strstr_missing_null", strstr(s, "hayz") == NULL, "strstr found a missing needle");
	t_true("strstr_longer_null", strstr("ab", "abc") == NULL, "strstr matched past the end");
	t_true("strstr_empty_needle", strstr(s, "") == s, "empty needle is not s");
	t_true("strstr_at_end", strstr(s, "stack") == s + 15, "strstr missed the tail");
	t_eq("strspn_prefix", strspn("aabbc", "ab"), 4);
	t_eq("strspn_none", strspn("xab", "ab"), 0);
	t_eq("strspn_all", strspn("abab", "ab"), 4);
	t_eq("strcspn_prefix", strcspn("hello, world", ", "), 5);
	t_eq("strcspn_none_found", strcspn("hello", "xyz"), 5);
	t_eq("strcspn_empty_reject", strcspn("hello", ""), 5);
	t_true("strpbrk_finds", strpbrk(s, "yk") == s + 14, "strpbrk missed y");
	t_true("strpbrk_missing_null", strpbrk(s, "XQ") == NULL, "strpbrk found nothing as something");
}

int main(void)
{
	mem_cases();
	str_cases();
	return t_done();
}
