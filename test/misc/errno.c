/* errno, strerror and strerrorname_np. */
#define _GNU_SOURCE
#include <fcntl.h>
#include "t.h"

static void child_sets_errno(void)
{
	errno = 0;
	close(-1);
	_exit(errno == EBADF ? 0 : 1);
}

/*
 * Linux numbers its errors 1..EHWPOISON, leaving out 41 and 58 (powerpc
 * gives 58 to EDEADLOCK, which has no name of its own in the tables).  mips
 * numbers them its own way, 1..168 with more gaps, EDQUOT at 1133, and
 * EDEADLOCK (56), EINIT (141) and EREMDEV (142) left unnamed.
 */
#ifdef __mips__
static const int unnamed[] = { 47, 48, 49, 56, 57, 58, 72, 75, 76, 100, 101, 102, 103, 104,
			       105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116,
			       117, 118, 119, 136, 141, 142, 152, 153, 154, 155, 156, 157 };
#define GAP 47
#define PAST_LAST 169
#else
static const int unnamed[] = { 41, 58 };
#define GAP 41
#define PAST_LAST 134
#endif

static int is_unnamed(int e)
{
	for (size_t i = 0; i < sizeof unnamed / sizeof *unnamed; i++)
		if (unnamed[i] == e)
			return 1;
	return 0;
}

static int unnamed_errnos(void)
{
	int missing = 0;

	for (int e = 1; e <= EHWPOISON; e++) {
		if (is_unnamed(e))
			continue;
		if (!strerrorname_np(e) || !strncmp(strerror(e), "Unknown error", 13)) {
			t_out("no name or message for ");
			t_num(e);
			t_out("\n");
			missing++;
		}
	}
	return missing;
}

int main(void)
{
	int *where = &errno;

	t_true("errno_one_address", &errno == where, "&errno changed between uses");
	errno = 0;
	t_eq("errno_assignable", errno, 0);
	errno = ERANGE;
	t_eq("errno_holds_value", errno, ERANGE);
	close(-1);
	t_eq("errno_set_by_failing_call", errno, EBADF);
	errno = EDOM;
	t_eq("errno_untouched_by_success", write(STDOUT_FILENO, "", 0), 0);
	t_eq("errno_still_edom", errno, EDOM);
	errno = 0;
	T_EXITED("errno_in_child", t_in_child(child_sets_errno), 0);
	t_eq("errno_parent_unchanged_by_child", errno, 0);
	errno = 0;
	open("/nonexistent", O_RDONLY);
	t_eq("errno_enoent_value", errno, ENOENT);
	t_eq("ewouldblock_is_eagain", EWOULDBLOCK, EAGAIN);
#ifdef __powerpc__
	/* powerpc and mips give EDEADLOCK a number of its own. */
	t_eq("edeadlock_powerpc_58", EDEADLOCK, 58);
#elif defined(__mips__)
	t_eq("edeadlock_mips_56", EDEADLOCK, 56);
#else
	t_eq("edeadlock_is_edeadlk", EDEADLOCK, EDEADLK);
#endif
	t_eq("enotsup_is_eopnotsupp", ENOTSUP, EOPNOTSUPP);
	t_eq("errno_values_linux_eperm", EPERM, 1);
	t_eq("errno_values_linux_enoent", ENOENT, 2);
	t_eq("errno_values_linux_erange", ERANGE, 34);
#ifdef __mips__
	t_eq("errno_values_mips_ehwpoison", EHWPOISON, 168);
	t_eq("errno_values_mips_edquot", EDQUOT, 1133);
	t_str("strerror_mips_edquot", strerror(EDQUOT), "Disk quota exceeded");
	t_str("strerrorname_np_mips_edquot", strerrorname_np(EDQUOT), "EDQUOT");
#else
	t_eq("errno_values_linux_ehwpoison", EHWPOISON, 133);
#endif

	t_str("strerror_0", strerror(0), "Success");
	t_str("strerror_enoent", strerror(ENOENT), "No such file or directory");
	t_str("strerror_eacces", strerror(EACCES), "Permission denied");
	t_str("strerror_ehwpoison", strerror(EHWPOISON), "Memory page has hardware error");
	/* Numbers Linux skips and those out of range are "Unknown error N". */
	t_str("strerror_gap", strerror(GAP), GAP == 41 ? "Unknown error 41" : "Unknown error 47");
	t_str("strerror_gap_58", strerror(58), "Unknown error 58");
	t_str("strerror_past_last", strerror(PAST_LAST),
	      PAST_LAST == 134 ? "Unknown error 134" : "Unknown error 169");
	t_str("strerror_negative", strerror(-1), "Unknown error -1");
	t_str("strerror_int_min", strerror(-2147483647 - 1), "Unknown error -2147483648");
	t_str("strerror_int_max", strerror(2147483647), "Unknown error 2147483647");
	errno = EDOM;
	strerror(EBADF);
	t_eq("strerror_leaves_errno", errno, EDOM);

	t_str("strerrorname_np_enoent", strerrorname_np(ENOENT), "ENOENT");
	t_str("strerrorname_np_eagain", strerrorname_np(EAGAIN), "EAGAIN");
	t_str("strerrorname_np_ewouldblock", strerrorname_np(EWOULDBLOCK), "EAGAIN");
	t_str("strerrorname_np_ehwpoison", strerrorname_np(EHWPOISON), "EHWPOISON");
	t_true("strerrorname_np_gap_null", strerrorname_np(GAP) == NULL, "a name for a gap");
	t_eq("every_linux_errno_named", unnamed_errnos(), 0);
	t_true("strerrorname_np_past_last_null", strerrorname_np(PAST_LAST) == NULL,
	       "a name past the last");
	t_true("strerrorname_np_negative_null", strerrorname_np(-1) == NULL, "a name for -1");
	return t_done();
}
