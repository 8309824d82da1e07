/*
 * x86_64 Linux system call ABI
 *
 *   trap        syscall
 *   number      rax
 *   arguments   rdi, rsi, rdx, r10, r8, r9
 *               (r10, not the C ABI's rcx: the syscall instruction overwrites rcx)
 *   return      rax; a value in -4095..-1 is -errno
 *   clobbered   rcx (the kernel stores the return rip there), r11 (saved rflags),
 *               memory (the kernel reads and writes through pointer arguments).
 *               Every other register, including the argument registers, survives.
 */
#ifndef TRAPDOOR_SYSCALL_ARCH_H
#define TRAPDOOR_SYSCALL_ARCH_H

#define __SYSCALL_CLOBBERS "rcx", "r11", "memory"

static inline long __syscall0(long n)
{
	unsigned long ret;
	__asm__ __volatile__ ("syscall" : "=a"(ret) : "a"(n) : __SYSCALL_CLOBBERS);
	return ret;
}

static inline long __syscall1(long n, long a)
{
	unsigned long ret;
	__asm__ __volatile__ ("syscall" : "=a"(ret) : "a"(n), "D"(a) : __SYSCALL_CLOBBERS);
	return ret;
}

static inline long __syscall2(long n, long a, long b)
{
	unsigned long ret;
	__asm__ __volatile__ ("syscall" : "=a"(ret) : "a"(n), "D"(a), "S"(b)
			      : __SYSCALL_CLOBBERS);
	return ret;
}

static inline long __syscall3(long n, long a, long b, long c)
{
	unsigned long ret;
	__asm__ __volatile__ ("syscall" : "=a"(ret) : "a"(n), "D"(a), "S"(b), "d"(c)
			      : __SYSCALL_CLOBBERS);
	return ret;
}

static inline long __syscall4(long n, long a, long b, long c, long d)
{
	unsigned long ret;
	register long r10 __asm__("r10") = d;
	__asm__ __volatile__ ("syscall" : "=a"(ret) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10)
			      : __SYSCALL_CLOBBERS);
	return ret;
}

static inline long __syscall5(long n, long a, long b, long c, long d, long e)
{
	unsigned long ret;
	register long r10 __asm__("r10") = d;
	register long r8 __asm__("r8") = e;
	__asm__ __volatile__ ("syscall" : "=a"(ret) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10),
			      "r"(r8) : __SYSCALL_CLOBBERS);
	return ret;
}

static inline long __syscall6(long n, long a, long b, long c, long d, long e, long f)
{
	unsigned long ret;
	register long r10 __asm__("r10") = d;
	register long r8 __asm__("r8") = e;
	register long r9 __asm__("r9") = f;
	__asm__ __volatile__ ("syscall" : "=a"(ret) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10),
			      "r"(r8), "r"(r9) : __SYSCALL_CLOBBERS);
	return ret;
}

#endif
