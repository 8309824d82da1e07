/*
 * What a program sees of a kernel whose table lacks calls: each absent call
 * returns -1 with errno ENOSYS, and malloc, write and exit keep working with
 * only the minimum set (kernels/minimal).  In a full Linux build every call
 * here is present and the same cases check the ordinary answers; the
 * minimal build runs this program through test/check-minimal.sh.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "t.h"

static void test_malloc(void)
{
	size_t big = 1 << 20;
	char *small = malloc(40), *large = malloc(big), *grown;
	size_t i;

	t_true("malloc_small", small != 0, "malloc(40) failed");
	t_true("malloc_large", large != 0, "malloc(1 MiB) failed");
	if (!small || !large)
		return;
	strcpy(small, "kept");
	for (i = 0; i < big; i++)
		large[i] = (char)(i % 251);
	/* Grown by mremap where the kernel has it, else by copying. */
	grown = realloc(large, 4 * big);
	t_true("realloc_grow", grown != 0, "realloc to 4 MiB failed");
	if (grown) {
		for (i = 0; i < big && grown[i] == (char)(i % 251); i++)
			;
		t_eq("realloc_grow_kept_bytes", i, big);
		free(grown);
	}
	t_str("malloc_small_kept", small, "kept");
	free(small);
}

static void test_absent(void)
{
#ifdef SYS_getpid
	t_true("getpid", getpid() > 0, "getpid() <= 0");
#else
	errno = 0;
	t_eq("getpid_absent", getpid(), -1);
	t_eq("getpid_absent_errno", errno, ENOSYS);
#endif
#if defined(SYS_open) || defined(SYS_openat)
	int fd = open("/", O_RDONLY | O_DIRECTORY);
	t_true("open_root", fd >= 0, "open(\"/\") failed");
	close(fd);
#else
	T_ERR("open_absent", open("/", O_RDONLY), ENOSYS);
#endif
#if defined(SYS_newfstatat) || defined(SYS_fstatat64) || defined(SYS_statx)
	struct stat st;
	t_eq("stat_root", stat("/", &st), 0);
#else
	struct stat st;
	T_ERR("stat_absent", stat("/", &st), ENOSYS);
#endif
#if !defined(SYS_fork) && !defined(SYS_clone)
	T_ERR("fork_absent", fork(), ENOSYS);
#endif
}

int main(void)
{
	test_malloc();
	test_absent();
	/* Through stdio, flushed by exit: write and exit (or exit_group). */
	t_eq("printf", printf("hello from %s\n", "trapdoor"), 20);
	return t_done();
}
