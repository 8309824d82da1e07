/*
 * sysconf: limits from the kernel (rlimits, auxv, affinity, sysinfo) and fixed
 * ones; <sys/sysinfo.h>'s get_nprocs family, which asks it.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <sys/auxv.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include "t.h"

static void child_limits(void)
{
	struct rlimit rl = { 50, 50 };
	unsigned long one = 1;

	if (syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, &rl, NULL) || sysconf(_SC_OPEN_MAX) != 50)
		_exit(1);
	rl.rlim_cur = rl.rlim_max = RLIM_INFINITY;
	if (syscall(SYS_prlimit64, 0, RLIMIT_NPROC, NULL, &rl) == 0 && rl.rlim_cur == RLIM_INFINITY) {
		errno = 0;
		if (sysconf(_SC_CHILD_MAX) != -1 || errno != 0)
			_exit(2);
	}
	if (syscall(SYS_sched_setaffinity, 0, sizeof one, &one) == 0 &&
	    (sysconf(_SC_NPROCESSORS_ONLN) != 1 || sysconf(_SC_NPROCESSORS_CONF) != 1 ||
	     get_nprocs() != 1 || get_nprocs_conf() != 1))
		_exit(3);
	_exit(0);
}

int main(void)
{
	struct rlimit rl;
	struct sysinfo si;
	pid_t pid;

	/* A kernel without prlimit64 (configure --syscalls): no limit to know. */
	int no_limit = syscall(SYS_prlimit64, 0, RLIMIT_NOFILE, NULL, &rl) != 0 && errno == ENOSYS;
	errno = 0;
	if (no_limit)
		t_skip("sc_open_max_is_rlimit", "ENOSYS: no prlimit64, the limit is indeterminate");
	else
		t_eq("sc_open_max_is_rlimit", sysconf(_SC_OPEN_MAX), (long long)rl.rlim_cur);
	t_eq("sc_errno_untouched", errno, 0);
	t_eq("sc_pagesize", sysconf(_SC_PAGESIZE), (long long)getauxval(AT_PAGESZ));
	t_eq("sc_page_size_alias", sysconf(_SC_PAGE_SIZE), getpagesize());
	/* USER_HZ: 100 on every Linux arch trapdoor runs on. */
	t_eq("sc_clk_tck", sysconf(_SC_CLK_TCK), 100);
	t_true("sc_nprocessors", sysconf(_SC_NPROCESSORS_ONLN) >= 1 && sysconf(_SC_NPROCESSORS_CONF) >= 1,
		"fewer than one CPU");
	t_eq("get_nprocs", get_nprocs(), sysconf(_SC_NPROCESSORS_ONLN));
	t_eq("get_nprocs_conf", get_nprocs_conf(), sysconf(_SC_NPROCESSORS_CONF));
	/* qemu-user cuts a 32-bit guest's sysinfo figures to 32 bits (test/linux/sys.c). */
	if (sysconf(_SC_PHYS_PAGES) == -1 && syscall(SYS_sysinfo, &si) == -1 && errno == ENOSYS)
		t_skip("sc_phys_pages", "ENOSYS: no sysinfo, the memory size is indeterminate");
	else if (t_under_qemu() && sizeof(long) == 4 && sysconf(_SC_AVPHYS_PAGES) > sysconf(_SC_PHYS_PAGES))
		t_skip("sc_phys_pages", "qemu-user cuts a 32-bit guest's memory figures to 32 bits");
	else
		t_true("sc_phys_pages",
			sysconf(_SC_PHYS_PAGES) > 0 && sysconf(_SC_AVPHYS_PAGES) <= sysconf(_SC_PHYS_PAGES),
			"no memory, or more free than total");
	t_eq("get_phys_pages", get_phys_pages(), sysconf(_SC_PHYS_PAGES));
	t_true("sc_arg_max", sysconf(_SC_ARG_MAX) >= 131072 || sysconf(_SC_ARG_MAX) == -1, "below 128 KiB");
	t_eq("sc_ngroups_max", sysconf(_SC_NGROUPS_MAX), 65536);
	t_eq("sc_version", sysconf(_SC_VERSION), 200809);
	t_eq("sc_host_name_max", sysconf(_SC_HOST_NAME_MAX), 64);
	t_eq("sc_line_max", sysconf(_SC_LINE_MAX), 2048);
	t_eq("sc_iov_max", sysconf(_SC_IOV_MAX), 1024);
	t_eq("sc_job_control", sysconf(_SC_JOB_CONTROL), 1);
	/* <unistd.h>'s option macros say what sysconf says. */
	t_eq("sc_posix_version_macro", sysconf(_SC_VERSION), _POSIX_VERSION);
	t_eq("sc_timers_macro", sysconf(_SC_TIMERS), _POSIX_TIMERS);
	t_eq("sc_monotonic_macro", sysconf(_SC_MONOTONIC_CLOCK), _POSIX_MONOTONIC_CLOCK);
	t_eq("sc_spawn_macro", sysconf(_SC_SPAWN), _POSIX_SPAWN);
	t_eq("sc_saved_ids_macro", sysconf(_SC_SAVED_IDS), _POSIX_SAVED_IDS);
	t_eq("pc_vdisable_macro", pathconf("/", _PC_VDISABLE), _POSIX_VDISABLE);
	t_eq("pc_no_trunc_macro", pathconf("/", _PC_NO_TRUNC), _POSIX_NO_TRUNC);
	T_ERR("sc_unknown_einval", sysconf(-1), EINVAL);
	T_ERR("sc_unknown_big_einval", sysconf(100000), EINVAL);
	pid = fork();
	if (pid == 0)
		child_limits();
	T_EXITED("sc_follows_rlimit_and_affinity", t_wait(pid), 0);
	return t_done();
}
