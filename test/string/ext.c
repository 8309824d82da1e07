/*
 * The POSIX, BSD and GNU string functions: tokenizers, bounded copies,
 * case-blind comparison and search, memmem/memrchr, strsignal, both
 * strerror_r flavours, C-locale collation, <strings.h>.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <strings.h>
#include "t.h"

int __xpg_strerror_r(int errnum, char *buf, size_t size);

static void tokenizers(void)
{
	char a[] = ",,one,,two;three,", b[] = "  x y  ", c[] = "a,,b", *save, *p;
	char d[] = "";

	t_str("strtok_first", strtok(a, ",;"), "one");
	t_str("strtok_second", strtok(NULL, ",;"), "two");
	t_str("strtok_third", strtok(NULL, ",;"), "three");
	t_true("strtok_end", strtok(NULL, ",;") == NULL, "token after end");
	t_true("strtok_end_stays", strtok(NULL, ",;") == NULL, "token after end");
	t_true("strtok_only_seps", strtok(d, ",") == NULL, "token in empty");

	t_str("strtok_r_first", strtok_r(b, " ", &save), "x");
	t_str("strtok_r_second", strtok_r(NULL, " ", &save), "y");
	t_true("strtok_r_end", strtok_r(NULL, " ", &save) == NULL, "token after end");

	p = c;
	t_str("strsep_a", strsep(&p, ","), "a");
	t_str("strsep_empty_field", strsep(&p, ","), "");
	t_str("strsep_b", strsep(&p, ","), "b");
	t_true("strsep_p_null", p == NULL, "p not NULL after last field");
	t_true("strsep_null_input", strsep(&p, ",") == NULL, "field from NULL");
}

static void copies(void)
{
	char buf[8], big[32];

	memset(buf, 'x', sizeof buf);
	t_eq("strlcpy_fits_ret", strlcpy(buf, "abc", sizeof buf), 3);
	t_str("strlcpy_fits", buf, "abc");
	t_eq("strlcpy_cut_ret", strlcpy(buf, "abcdefghij", sizeof buf), 10);
	t_str("strlcpy_cut", buf, "abcdefg");
	buf[0] = 'q';
	t_eq("strlcpy_size0_ret", strlcpy(buf, "zz", 0), 2);
	t_eq("strlcpy_size0_untouched", buf[0], 'q');

	strcpy(buf, "ab");
	t_eq("strlcat_fits_ret", strlcat(buf, "cd", sizeof buf), 4);
	t_str("strlcat_fits", buf, "abcd");
	t_eq("strlcat_cut_ret", strlcat(buf, "efghij", sizeof buf), 10);
	t_str("strlcat_cut", buf, "abcdefg");
	t_eq("strlcat_full_dst", strlcat(buf, "xyz", 4), 7);
	t_str("strlcat_full_dst_untouched", buf, "abcdefg");

	t_true("stpcpy_ret", stpcpy(big, "hello") == big + 5, "wrong end");
	t_true("stpcpy_chain", stpcpy(stpcpy(big, "ab"), "cd") == big + 4 && !strcmp(big, "abcd"),
	       big);
	memset(big, 'x', sizeof big);
	t_true("stpncpy_short_ret", stpncpy(big, "ab", 6) == big + 2, "wrong end");
	t_true("stpncpy_pads", !memcmp(big, "ab\0\0\0\0x", 7), "not padded to n");
	t_true("stpncpy_long_ret", stpncpy(big, "abcdef", 3) == big + 3, "wrong end");
	t_true("stpncpy_long_unterminated", !memcmp(big, "abc\0", 4), "wrong bytes");
	t_true("mempcpy_ret", mempcpy(big, "12345", 5) == big + 5 && !memcmp(big, "12345", 5),
	       "wrong");
}

static void caseless(void)
{
	t_eq("strcasecmp_equal", strcasecmp("HeLLo", "hello"), 0);
	t_true("strcasecmp_less", strcasecmp("abc", "ABD") < 0, "not less");
	t_true("strcasecmp_prefix", strcasecmp("ab", "ABC") < 0, "not less");
	t_eq("strcasecmp_lowercase_diff", strcasecmp("a[", "AA"), '[' - 'a');
	t_true("strcasecmp_high_bytes", strcasecmp("\xe9", "\xc9") > 0, "folded Latin-1");
	t_eq("strncasecmp_n", strncasecmp("abcX", "ABCy", 3), 0);
	t_true("strncasecmp_diff", strncasecmp("abcX", "ABCy", 4) < 0, "not less");
	t_eq("strncasecmp_zero", strncasecmp("a", "b", 0), 0);
	t_str("strcasestr_found", strcasestr("Hello World", "WORLD"), "World");
	t_true("strcasestr_missing", strcasestr("Hello", "xyz") == NULL, "found");
	t_str("strcasestr_empty", strcasestr("abc", ""), "abc");
	t_true("strcasestr_longer", strcasestr("ab", "abc") == NULL, "found");
}

static void searches(void)
{
	static const char hay[] = "abcabcabd\0zz";
	const char *s = "a/b/c";

	t_true("memmem_found", memmem(hay, 9, "abd", 3) == hay + 6, "wrong place");
	t_true("memmem_past_nul", memmem(hay, sizeof hay - 1, "zz", 2) == hay + 10, "missed");
	t_true("memmem_missing", memmem(hay, 9, "abe", 3) == NULL, "found");
	t_true("memmem_empty_needle", memmem(hay, 9, "", 0) == hay, "not hay");
	t_true("memmem_needle_longer", memmem(hay, 2, "abc", 3) == NULL, "read past len");
	{
		static char big[5001], pat[102];

		memset(big, 'a', 5000);
		big[5000] = 'b';
		memset(pat, 'a', 100);
		pat[100] = 'b';
		t_true("memmem_periodic_long", memmem(big, 5001, pat, 101) == big + 4900, "wrong place");
		t_true("memmem_periodic_absent", memmem(big, 5000, pat, 101) == NULL, "found");
		pat[0] = 'b';
		t_true("memmem_nonperiodic_absent", memmem(big, 5001, pat, 101) == NULL, "found");
		t_true("memmem_two_bytes", memmem(big, 5001, "ab", 2) == big + 4999, "wrong place");
		t_true("memmem_whole", memmem(big, 5001, big, 5001) == big, "not at start");
	}
	t_true("memrchr_last", memrchr(hay, 'a', 9) == hay + 6, "not the last");
	t_true("memrchr_none", memrchr(hay, 'q', 9) == NULL, "found");
	t_true("memrchr_zero_len", memrchr(hay, 'a', 0) == NULL, "found");
	t_true("memrchr_high_byte", memrchr("\xff\x01", 0xff, 2) != NULL, "missed 0xff");
	t_true("strchrnul_found", strchrnul(s, '/') == s + 1, "wrong place");
	t_true("strchrnul_missing", strchrnul(s, 'z') == s + 5, "not the NUL");
	t_true("strchrnul_nul", strchrnul(s, 0) == s + 5, "not the NUL");
	t_true("index", index(s, '/') == s + 1, "wrong");
	t_true("rindex", rindex(s, '/') == s + 3, "wrong");
	t_str("gnu_basename", basename("/usr/lib"), "lib");
	t_str("gnu_basename_trailing", basename("/usr/lib/"), "");
	t_str("gnu_basename_plain", basename("name"), "name");
}

static void messages(void)
{
	char buf[64], tiny[6];

	t_str("strsignal_segv", strsignal(SIGSEGV), "Segmentation fault");
	t_str("strsignal_int", strsignal(SIGINT), "Interrupt");
	t_str("strsignal_chld", strsignal(SIGCHLD), "Child exited");
#ifdef SIGEMT
	t_str("strsignal_emt", strsignal(SIGEMT), "EMT trap");
#endif
	t_str("strsignal_rt", strsignal(36), "Real-time signal 2");
	t_str("strsignal_32", strsignal(32), "Unknown signal 32");
	t_str("strsignal_0", strsignal(0), "Unknown signal 0");
	t_str("strsignal_negative", strsignal(-4), "Unknown signal -4");
	t_str("strsignal_big", strsignal(1000), "Unknown signal 1000");

	t_eq("xpg_strerror_r_ok", __xpg_strerror_r(ENOENT, buf, sizeof buf), 0);
	t_str("xpg_strerror_r_text", buf, "No such file or directory");
	t_eq("xpg_strerror_r_erange", __xpg_strerror_r(ENOENT, tiny, sizeof tiny), ERANGE);
	t_str("xpg_strerror_r_cut", tiny, "No su");
	t_eq("xpg_strerror_r_exact_fit", __xpg_strerror_r(EPERM, buf, 24), 0);
	t_eq("xpg_strerror_r_one_short", __xpg_strerror_r(EPERM, buf, 23), ERANGE);
	t_eq("xpg_strerror_r_einval", __xpg_strerror_r(5000, buf, sizeof buf), EINVAL);
	t_str("xpg_strerror_r_unknown_text", buf, "Unknown error 5000");
	t_eq("xpg_strerror_r_negative", __xpg_strerror_r(-3, buf, sizeof buf), EINVAL);
	t_str("xpg_strerror_r_negative_text", buf, "Unknown error -3");

	t_str("gnu_strerror_r_known", strerror_r(EACCES, tiny, sizeof tiny), "Permission denied");
	t_true("gnu_strerror_r_known_not_buf", strerror_r(EACCES, tiny, sizeof tiny) != tiny,
	       "copied into buf");
	t_true("gnu_strerror_r_unknown_in_buf", strerror_r(4000, buf, sizeof buf) == buf,
	       "not buf");
	t_str("gnu_strerror_r_unknown_text", buf, "Unknown error 4000");
	t_str("gnu_strerror_r_unknown_cut", strerror_r(4000, tiny, sizeof tiny), "Unkno");
}

static void collation_and_bits(void)
{
	char key[8], buf[16];
	int x = 1;

	t_true("strcoll_is_bytes", strcoll("a", "B") > 0 && strcoll("abc", "abc") == 0, "wrong");
	t_eq("strxfrm_len", strxfrm(key, "hello", sizeof key), 5);
	t_str("strxfrm_copy", key, "hello");
	key[0] = 'k';
	t_eq("strxfrm_too_small", strxfrm(key, "hello world", sizeof key), 11);
	t_eq("strxfrm_query", strxfrm(NULL, "abc", 0), 3);

	t_eq("ffs_0", ffs(0), 0);
	t_eq("ffs_1", ffs(1), 1);
	t_eq("ffs_min", ffs(INT32_MIN), 32);
	t_eq("ffs_0x50", ffs(0x50), 5);
	t_eq("ffsl_top", ffsl(1L << (sizeof(long) * 8 - 1)), sizeof(long) * 8);
	t_eq("ffsll_top", ffsll(1LL << 63), 64);
	t_eq("ffsll_0", ffsll(0), 0);

	memset(buf, 'x', sizeof buf);
	bzero(buf + 2, 4);
	t_true("bzero", !memcmp(buf, "xx\0\0\0\0xx", 8), "wrong bytes");
	explicit_bzero(&x, sizeof x);
	t_eq("explicit_bzero", x, 0);
	explicit_bzero(NULL, 0);
	memset(buf, 'y', sizeof buf);
	explicit_bzero(buf, 0);
	t_true("explicit_bzero_empty", buf[0] == 'y', "a zero-length explicit_bzero wrote");
}

int main(void)
{
	tokenizers();
	copies();
	caseless();
	searches();
	messages();
	collation_and_bits();
	return t_done();
}
