/*
 * riscv64 Linux system call ABI
 *
 *   trap        ecall
 *   number      a7
 *   arguments   a0, a1, a2, a3, a4, a5
 *   return      a0 (so the first argument register is overwritten);
 *               a value in -4095..-1 is -errno
 *   clobbered   memory only (the kernel reads and writes through pointer
 *               arguments); every other register is preserved.
 */
#ifndef TRAPDOOR_SYSCALL_ARCH_H
#define TRAPDOOR_SYSCALL_ARCH_H

#define __SYSCALL_TRAP(...) \
	__asm__ __volatile__ ("ecall" : "=r"(a0) : __VA_ARGS__ : "memory")

static inline long __syscall0(long n)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0");
	__SYSCALL_TRAP("r"(a7));
	return a0;
}

static inline long __syscall1(long n, long a)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0") = a;
	__SYSCALL_TRAP("r"(a7), "0"(a0));
	return a0;
}

static inline long __syscall2(long n, long a, long b)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0") = a;
	register long a1 __asm__("a1") = b;
	__SYSCALL_TRAP("r"(a7), "0"(a0), "r"(a1));
	return a0;
}

static inline long __syscall3(long n, long a, long b, long c)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0") = a;
	register long a1 __asm__("a1") = b;
	register long a2 __asm__("a2") = c;
	__SYSCALL_TRAP("r"(a7), "0"(a0), "r"(a1), "r"(a2));
	return a0;
}

static inline long __syscall4(long n, long a, long b, long c, long d)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0") = a;
	register long a1 __asm__("a1") = b;
	register long a2 __asm__("a2") = c;
	register long a3 __asm__("a3") = d;
	__SYSCALL_TRAP("r"(a7), "0"(a0), "r"(a1), "r"(a2), "r"(a3));
	return a0;
}

static inline long __syscall5(long n, long a, long b, long c, long d, long e)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0") = a;
	register long a1 __asm__("a1") = b;
	register long a2 __asm__("a2") = c;
	register long a3 __asm__("a3") = d;
	register long a4 __asm__("a4") = e;
	__SYSCALL_TRAP("r"(a7), "0"(a0), "r"(a1), "r"(a2), "r"(a3), "r"(a4));
	return a0;
}

static inline long __syscall6(long n, long a, long b, long c, long d, long e, long f)
{
	register long a7 __asm__("a7") = n;
	register long a0 __asm__("a0") = a;
	register long a1 __asm__("a1") = b;
	register long a2 __asm__("a2") = c;
	register long a3 __asm__("a3") = d;
	register long a4 __asm__("a4") = e;
	register long a5 __asm__("a5") = f;
	__SYSCALL_TRAP("r"(a7), "0"(a0), "r"(a1), "r"(a2), "r"(a3), "r"(a4), "r"(a5));
	return a0;
}

#endif
