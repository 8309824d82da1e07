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

/* Linux numbers its errors 1..EHWPOISON, leaving out 41 and 58. */
static int unnamed_errnos(void)
{
	int missing = 0;

	for (int e = 1; e <= EHWPOISON; e++) {
		if (e == 41 || e == 58)
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
	/* powerpc alone gives EDEADLOCK a number of its own. */
	t_eq("edeadlock_powerpc_58", EDEADLOCK, 58);
#else
	t_eq("edeadlock_is_edeadlk", EDEADLOCK, EDEADLK);
#endif
	t_eq("enotsup_is_eopnotsupp", ENOTSUP, EOPNOTSUPP);
	t_eq("errno_values_linux_eperm", EPERM, 1);
	t_eq("errno_values_linux_enoent", ENOENT, 2);
	t_eq("errno_values_linux_erange", ERANGE, 34);
	t_eq("errno_values_linux_ehwpoison", EHWPOISON, 133);

	t_str("strerror_0", strerror(0), "Success");
	t_str("strerror_enoent", strerror(ENOENT), "No such file or directory");
	t_str("strerror_eacces", strerror(EACCES), "Permission denied");
	t_str("strerror_ehwpoison", strerror(EHWPOISON), "Memory page has hardware error");
	/* Numbers Linux skips (41, 58) and those out of range are "Unknown error N". */
	t_str("strerror_gap_41", strerror(41), "Unknown error 41");
	t_str("strerror_gap_58", strerror(58), "Unknown error 58");
	t_str("strerror_134", strerror(134), "Unknown error 134");
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
	t_true("strerrorname_np_gap_null", strerrorname_np(41) == NULL, "a name for 41");
	t_eq("every_linux_errno_named", unnamed_errnos(), 0);
	t_true("strerrorname_np_134_null", strerrorname_np(134) == NULL, "a name for 134");
	t_true("strerrorname_np_negative_null", strerrorname_np(-1) == NULL, "a name for -1");
	return t_done();
}
