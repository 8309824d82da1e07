/*
 * ppc64le Linux system call ABI (ELFv2)
 *
 *   trap        sc
 *   number      r0
 *   arguments   r3, r4, r5, r6, r7, r8
 *   return      r3, and the summary-overflow bit of cr0: set on failure, when
 *               r3 holds a positive errno.  The trap below negates r3 then, so
 *               that __syscallN returns -errno like every other arch and the
 *               rest of the library never sees the cr0 convention.
 *   clobbered   r0 and r4-r12 (the kernel may return anything in the volatile
 *               registers), cr0, ctr, xer, memory (the kernel reads and writes
 *               through pointer arguments).  r1, r2, r13 and r14-r31 survive.
 *
 * Every __syscallN is __syscall6 with zeros for the unused arguments: all of
 * r3-r8 are clobbered anyway, so binding them costs a few li instructions.
 */
#ifndef TRAPDOOR_SYSCALL_ARCH_H
#define TRAPDOOR_SYSCALL_ARCH_H

static inline long __syscall6(long n, long a, long b, long c, long d, long e, long f)
{
	register long r0 __asm__("r0") = n;
	register long r3 __asm__("r3") = a;
	register long r4 __asm__("r4") = b;
	register long r5 __asm__("r5") = c;
	register long r6 __asm__("r6") = d;
	register long r7 __asm__("r7") = e;
	register long r8 __asm__("r8") = f;
	__asm__ __volatile__ ("sc\n\tbns+ 1f\n\tneg 3, 3\n1:"
			      : "+r"(r0), "+r"(r3), "+r"(r4), "+r"(r5), "+r"(r6), "+r"(r7), "+r"(r8)
			      : : "memory", "cr0", "r9", "r10", "r11", "r12", "ctr", "xer");
	return r3;
}

static inline long __syscall0(long n)
{
	return __syscall6(n, 0, 0, 0, 0, 0, 0);
}

static inline long __syscall1(long n, long a)
{
	return __syscall6(n, a, 0, 0, 0, 0, 0);
}

static inline long __syscall2(long n, long a, long b)
{
	return __syscall6(n, a, b, 0, 0, 0, 0);
}

static inline long __syscall3(long n, long a, long b, long c)
{
	return __syscall6(n, a, b, c, 0, 0, 0);
}

static inline long __syscall4(long n, long a, long b, long c, long d)
{
	return __syscall6(n, a, b, c, d, 0, 0);
}

static inline long __syscall5(long n, long a, long b, long c, long d, long e)
{
	return __syscall6(n, a, b, c, d, e, 0);
}

#endif
