/* syscall(): the public variadic entry, and <sys/syscall.h>. */
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include "t.h"

/* A number no Linux arch has used: the kernel answers ENOSYS. */
#define NO_SUCH_SYSCALL 100000

/*
 * The six-register mmap: 32-bit arches call it mmap2 (their SYS_mmap, if any,
 * is older); s390x's SYS_mmap is old_mmap, one pointer to the six arguments.
 */
static long raw_mmap(long addr, long len, long prot, long flags, long fd, long off)
{
#if defined(SYS_mmap2)
	return syscall(SYS_mmap2, addr, len, prot, flags, fd, off);
#elif defined(__s390x__)
	long args[6] = { addr, len, prot, flags, fd, off };

	return syscall(SYS_mmap, args);
#else
	return syscall(SYS_mmap, addr, len, prot, flags, fd, off);
#endif
}

int main(void)
{
	int p[2];
	char buf[8] = { 0 };
	void *m;

	t_eq("syscall_getpid", syscall(SYS_getpid), getpid());
	t_eq("syscall_pipe2", syscall(SYS_pipe2, p, 0), 0);
	t_eq("syscall_write_3_args", syscall(SYS_write, p[1], "abc", 3), 3);
	t_eq("syscall_read", syscall(SYS_read, p[0], buf, sizeof buf), 3);
	t_str("syscall_read_data", buf, "abc");
	T_ERR("syscall_close_ebadf", syscall(SYS_close, -1), EBADF);
	T_ERR("syscall_enosys", syscall(NO_SUCH_SYSCALL), ENOSYS);
	T_ERR("syscall_openat_4_args_enoent",
	      syscall(SYS_openat, AT_FDCWD, "/nonexistent", O_RDONLY, 0), ENOENT);
	/* Six arguments, and a result above LONG_MAX / 2 that is no error. */
	m = (void *)raw_mmap(0, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	t_true("syscall_mmap_6_args", m != MAP_FAILED && m != NULL, "raw mmap failed");
	t_eq("syscall_munmap", syscall(SYS_munmap, m, 4096), 0);
	T_ERR("syscall_mmap_einval", raw_mmap(0, 0, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
	      EINVAL);
	errno = EDOM;
	syscall(SYS_getpid);
	t_eq("syscall_success_leaves_errno", errno, EDOM);
	t_eq("syscall_dup3_returns_fd", syscall(SYS_dup3, p[0], 70, 0), 70);
	close(70);
	close(p[0]);
	close(p[1]);
	return t_done();
}
