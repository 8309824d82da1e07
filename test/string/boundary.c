/*
 * Reads that never cross into a page the string does not reach: each string
 * ends on the last byte of a page whose successor is PROT_NONE, so a word-
 * at-a-time loop that reads one word too far dies with SIGSEGV.
 */
#define _DEFAULT_SOURCE
#include <sys/auxv.h>
#include <sys/mman.h>
#include "t.h"
#include "string_under_test.h"

#define MAXLEN 200

static char *end;	/* one past the last readable byte */
static int bad;

static void check(const char *fn, int ok, size_t len)
{
	if (!ok && !bad++) {
		t_out("first failure: ");
		t_out(fn);
		t_out(" len=");
		t_num(len);
		t_out("\n");
	}
}

/* In a child, so that a fault is a failed case rather than a dead test. */
static void all_functions(void)
{
	char copy[MAXLEN + 1];

	for (size_t len = 0; len < MAXLEN; len++) {
		char *s = end - len - 1;

		memset(s, 'a', len);
		s[len] = 0;
		check("strlen", strlen(s) == len, len);
		check("strnlen", strnlen(s, (size_t)-1) == len, len);
		check("memchr", memchr(s, 0, (size_t)-1) == s + len, len);
		check("memchr_to_end", memchr(s, 'b', len + 1) == NULL, len);
		check("strchr", strchr(s, 'b') == NULL && strchr(s, 0) == s + len, len);
		check("strrchr", strrchr(s, 'b') == NULL && strrchr(s, 0) == s + len, len);
		check("strcmp", strcmp(s, s) == 0, len);
		check("strncmp", strncmp(s, s, (size_t)-1) == 0, len);
		check("memcmp", memcmp(s, s, len + 1) == 0, len);
		check("strcpy", strcpy(copy, s) == copy && strlen(copy) == len, len);
		check("strncpy", strncpy(copy, s, len) == copy, len);
		check("memcpy", memcpy(copy, s, len + 1) == copy, len);
		check("memmove", memmove(copy, s, len + 1) == copy, len);
		check("memset", memset(s, 'c', len + 1) == s, len);
	}
	_exit(bad ? 1 : 0);
}

int main(void)
{
	size_t page = getauxval(AT_PAGESZ);
	char *map = mmap(NULL, 2 * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	t_true("mmap_two_pages", map != MAP_FAILED, "mmap failed");
	t_eq("guard_page_prot_none", mprotect(map + page, page, PROT_NONE), 0);
	end = map + page;
	T_EXITED("no_read_past_the_string_end", t_in_child(all_functions), 0);
	return t_done();
}
