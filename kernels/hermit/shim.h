/*
 * The Hermit personality (configure --syscalls=hermit): every call whose
 * convention differs from Linux's in more than its number is adapted here,
 * and nowhere else; kernels/hermit/x86_64.tbl has the numbers.  Included by
 * src/internal/syscall.h, after __syscall and before the absent calls: a
 * call served here is a SYS_x below __SYS_ABSENT, and __syscall hands it to
 * __hermit_syscall with the wrapper's Linux arguments.
 *
 *   nanosleep        Hermit's usleep takes microseconds and returns nothing:
 *                    the request is checked as Linux checks it (EFAULT,
 *                    EINVAL) and rounded up; never interrupted, so rem is
 *                    never written.
 *   clock_nanosleep  relative sleeps as nanosleep on the clocks Linux sleeps
 *                    on (others EINVAL); Hermit has no clock to read, so
 *                    TIMER_ABSTIME is ENOSYS.
 *   mmap, munmap     Hermit's table has no memory call (an application gets
 *                    memory from the kernel's allocator by function call):
 *                    anonymous private mappings come from a static arena,
 *                    one per object that maps (mmap and, for a TLS block
 *                    over 512 bytes, __init_tls), zero-filled as the kernel
 *                    gives them; MAP_FIXED inside what was handed out keeps
 *                    the pages it names; munmap checks its arguments as
 *                    Linux does, and gives nothing back; a file
 *                    mapping is ENODEV.  malloc works on it (docs/malloc.md).
 *
 * Calls Hermit makes as Linux does but under another name are in the table
 * under Linux's (yield: sched_yield, read_entropy: getrandom); exit ends the
 * whole application, as exit_group, which _Exit tries first and is absent.
 */
#ifndef TRAPDOOR_KERNEL_SHIM_H
#define TRAPDOOR_KERNEL_SHIM_H

#include <time.h>
#include <bits/mman.h>

#define __SC_SHIMMED(n) (__builtin_constant_p(n) && (n) < __SYS_ABSENT)
#define SYS_nanosleep (-2)
#define SYS_clock_nanosleep (-3)
#define SYS_mmap (-4)
#define SYS_munmap (-5)

#define __SC_SIX(a, b, c, d, e, f, ...) a, b, c, d, e, f
#define __syscall_shim(n, ...) __hermit_syscall(n, __SC_SIX(__VA_ARGS__, 0, 0, 0, 0, 0, 0))

static inline long __hermit_syscall(long n, long a, long b, long c, long d, long e, long f);

/* Static memory for mmap: what a small unikernel application may map. */
#define HERMIT_ARENA_SIZE ((unsigned long)256 << 20)
#define HERMIT_PAGE 4096UL

/* The kernel's struct timespec on a 64-bit arch. */
struct __hermit_timespec {
	long sec, nsec;
};

static inline long __hermit_sleep(const struct __hermit_timespec *t)
{
	unsigned long us;

	if (!t)
		return -EFAULT;
	if (t->sec < 0 || t->nsec < 0 || t->nsec > 999999999)
		return -EINVAL;
	us = (unsigned long)t->nsec / 1000 + (t->nsec % 1000 != 0);
	us = (unsigned long)t->sec > (~0UL - us) / 1000000 ? ~0UL : t->sec * 1000000UL + us;
	__syscall(SYS_usleep, us);
	return 0;
}

static inline long __hermit_mmap(long addr, unsigned long len, long flags, long fd)
{
	static unsigned char arena[HERMIT_ARENA_SIZE] __attribute__((__aligned__(HERMIT_PAGE)));
	static unsigned long used;
	unsigned long base = (unsigned long)arena, a = addr;

	/* Linux's order of checks: the sharing type, then the descriptor. */
	if (!len || ((flags & MAP_TYPE) != MAP_PRIVATE && (flags & MAP_TYPE) != MAP_SHARED))
		return -EINVAL;
	if (!(flags & MAP_ANONYMOUS))
		return fd < 0 ? -EBADF : -ENODEV;
	len = (len + HERMIT_PAGE - 1) & -HERMIT_PAGE;
	if (flags & MAP_FIXED) {
		/* Pages handed out before stay as they are: only they may be named. */
		if (a < base || a - base > used || len > used - (a - base))
			return -ENOMEM;
		return a;
	}
	if (len > HERMIT_ARENA_SIZE - used)
		return -ENOMEM;
	used += len;
	return base + used - len;
}

static inline long __hermit_syscall(long n, long a, long b, long c, long d, long e, long f)
{
	(void)f;
	switch (n) {
	case SYS_nanosleep:
		return __hermit_sleep((const struct __hermit_timespec *)a);
	case SYS_clock_nanosleep:
		if (a != CLOCK_REALTIME && a != CLOCK_MONOTONIC && a != CLOCK_BOOTTIME && a != CLOCK_TAI)
			return -EINVAL;
		if (b & TIMER_ABSTIME)
			return -ENOSYS;
		return __hermit_sleep((const struct __hermit_timespec *)c);
	case SYS_mmap:
		return __hermit_mmap(a, b, d, e);
	case SYS_munmap:
		return a % HERMIT_PAGE || !b ? -EINVAL : 0;
	}
	return -ENOSYS;
}

#endif
