/*
 * Internal syscall dispatch: the layer between the arch trap (syscall_arch.h)
 * and the wrappers.
 *
 *   __syscall(SYS_x, a, b, ...)  picks __syscallN by argument count, casts each
 *                                argument to long, and returns the raw result:
 *                                -errno on failure, never touching errno.
 *   __syscall_ret(r)             the one place that turns a raw result into
 *                                -1 + errno.  It tests the -MAX_ERRNO..-1 range,
 *                                so it is also right for calls that return
 *                                pointers or large unsigned values (mmap).
 */
#ifndef TRAPDOOR_SYSCALL_H
#define TRAPDOOR_SYSCALL_H

#include <bits/syscall.h>
#include "syscall_arch.h"
#include "libc.h"

#define MAX_ERRNO 4095

hidden long __syscall_ret(unsigned long r);

/* True when a raw result is an error code rather than a value. */
#define __syscall_failed(r) ((unsigned long)(r) > -(unsigned long)MAX_ERRNO - 1)

#define __SC_COUNT(n, a, b, c, d, e, f, count, ...) count
#define __SC_NARGS(...) __SC_COUNT(__VA_ARGS__, 6, 5, 4, 3, 2, 1, 0, )
#define __SC_JOIN(a, b) a##b
#define __SC_PICK(a, b) __SC_JOIN(a, b)

#define __sc0(n) __syscall0(n)
#define __sc1(n, a) __syscall1(n, (long)(a))
#define __sc2(n, a, b) __syscall2(n, (long)(a), (long)(b))
#define __sc3(n, a, b, c) __syscall3(n, (long)(a), (long)(b), (long)(c))
#define __sc4(n, a, b, c, d) __syscall4(n, (long)(a), (long)(b), (long)(c), (long)(d))
#define __sc5(n, a, b, c, d, e) \
	__syscall5(n, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e))
#define __sc6(n, a, b, c, d, e, f) \
	__syscall6(n, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))

#define __syscall(...) __SC_PICK(__sc, __SC_NARGS(__VA_ARGS__))(__VA_ARGS__)

/*
 * A 64-bit argument (off_t, loff_t, a length) is one register on a 64-bit arch
 * and a register pair on a 32-bit one.  Wrappers pass it as __SYSCALL_LL_E(x)
 * where it may fall on any register and __SYSCALL_LL_O(x) where the arch wants
 * the pair to start on an even register (arm EABI, ppc32, mips o32 put a
 * padding argument first).  A 32-bit arch defines both in syscall_arch.h;
 * these are the one-register forms.
 */
/*
 * mmap's six arguments, in registers.  An arch whose SYS_mmap takes them
 * through memory instead (s390x's old_mmap) defines __syscall_mmap in
 * syscall_arch.h.
 */
#ifndef __syscall_mmap
#define __syscall_mmap(a, len, prot, flags, fd, off) __syscall(SYS_mmap, a, len, prot, flags, fd, off)
#endif

#ifndef __SYSCALL_LL_E
#define __SYSCALL_LL_E(x) (x)
#endif
#ifndef __SYSCALL_LL_O
#define __SYSCALL_LL_O(x) __SYSCALL_LL_E(x)
#endif

#endif
