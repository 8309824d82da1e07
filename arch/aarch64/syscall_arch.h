/*
 * aarch64 Linux system call ABI
 *
 *   trap        svc #0
 *   number      x8
 *   arguments   x0, x1, x2, x3, x4, x5
 *   return      x0 (so the first argument register is overwritten);
 *               a value in -4095..-1 is -errno
 *   clobbered   memory only (the kernel reads and writes through pointer
 *               arguments); every general register but x0 is preserved, and so
 *               are the condition flags.
 */
#ifndef TRAPDOOR_SYSCALL_ARCH_H
#define TRAPDOOR_SYSCALL_ARCH_H

#define __SYSCALL_TRAP(...) \
	__asm__ __volatile__ ("svc #0" : "=r"(x0) : __VA_ARGS__ : "memory")

static inline long __syscall0(long n)
{
	register long x8 __asm__("x8") = n;
	register long x0 __asm__("x0");
	__SYSCALL_TRAP("r"(x8));
	return x0;
}

static inline long __syscall1(long n, long a)
{
	register long x8 __asm__("x8") = n;
	register long x0 __asm__("x0") = a;
	__SYSCALL_TRAP("r"(x8), "0"(x0));
	return x0;
}

static inline long __syscall2(long n, long a, long b)
{
	register long x8 __asm__("x8") = n;
	register long x0 __asm__("x0") = a;
	register long x1 __asm__("x1") = b;
	__SYSCALL_TRAP("r"(x8), "0"(x0), "r"(x1));
	return x0;
}

static inline long __syscall3(long n, long a, long b, long c)
{
	register long x8 __asm__("x8") = n;
	register long x0 __asm__("x0") = a;
	register long x1 __asm__("x1") = b;
	register long x2 __asm__("x2") = c;
	__SYSCALL_TRAP("r"(x8), "0"(x0), "r"(x1), "r"(x2));
	return x0;
}

static inline long __syscall4(long n, long a, long b, long c, long d)
{
	register long x8 __asm__("x8") = n;
	register long x0 __asm__("x0") = a;
	register long x1 __asm__("x1") = b;
	register long x2 __asm__("x2") = c;
	register long x3 __asm__("x3") = d;
	__SYSCALL_TRAP("r"(x8), "0"(x0), "r"(x1), "r"(x2), "r"(x3));
	return x0;
}

static inline long __syscall5(long n, long a, long b, long c, long d, long e)
{
	register long x8 __asm__("x8") = n;
	register long x0 __asm__("x0") = a;
	register long x1 __asm__("x1") = b;
	register long x2 __asm__("x2") = c;
	register long x3 __asm__("x3") = d;
	register long x4 __asm__("x4") = e;
	__SYSCALL_TRAP("r"(x8), "0"(x0), "r"(x1), "r"(x2), "r"(x3), "r"(x4));
	return x0;
}

static inline long __syscall6(long n, long a, long b, long c, long d, long e, long f)
{
	register long x8 __asm__("x8") = n;
	register long x0 __asm__("x0") = a;
	register long x1 __asm__("x1") = b;
	register long x2 __asm__("x2") = c;
	register long x3 __asm__("x3") = d;
	register long x4 __asm__("x4") = e;
	register long x5 __asm__("x5") = f;
	__SYSCALL_TRAP("r"(x8), "0"(x0), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5));
	return x0;
}

#endif
