/*
 * i386 Linux system call ABI
 *
 *   trap        int $0x80 (always present; the faster vDSO entry would need
 *               the auxiliary vector before the first call)
 *   number      eax
 *   arguments   ebx, ecx, edx, esi, edi, ebp
 *   return      eax; a value in -4095..-1 is -errno
 *   clobbered   memory only (the kernel reads and writes through pointer
 *               arguments); every other register survives.
 *
 * ebp cannot be an asm operand (it may be the frame pointer), so the sixth
 * argument travels in memory with the number: eax points at {number, arg6},
 * and the trap loads ebp from it between a push and a pop.  ebx can be an
 * operand since gcc 5, even when it is the PIC register.
 *
 * A 64-bit argument is two registers, low word first, with no alignment.
 */
#ifndef TRAPDOOR_SYSCALL_ARCH_H
#define TRAPDOOR_SYSCALL_ARCH_H

#define __SYSCALL_LL_E(x) (long)(unsigned long long)(x), (long)((unsigned long long)(x) >> 32)
#define __SYSCALL_LL_O(x) __SYSCALL_LL_E(x)

/* A handler without SA_SIGINFO gets the old frame, undone by sigreturn. */
#define SIGRETURN_OLD_FRAME

static inline long __syscall0(long n)
{
	long ret;
	__asm__ __volatile__ ("int $0x80" : "=a"(ret) : "a"(n) : "memory");
	return ret;
}

static inline long __syscall1(long n, long a)
{
	long ret;
	__asm__ __volatile__ ("int $0x80" : "=a"(ret) : "a"(n), "b"(a) : "memory");
	return ret;
}

static inline long __syscall2(long n, long a, long b)
{
	long ret;
	__asm__ __volatile__ ("int $0x80" : "=a"(ret) : "a"(n), "b"(a), "c"(b) : "memory");
	return ret;
}

static inline long __syscall3(long n, long a, long b, long c)
{
	long ret;
	__asm__ __volatile__ ("int $0x80" : "=a"(ret) : "a"(n), "b"(a), "c"(b), "d"(c)
			      : "memory");
	return ret;
}

static inline long __syscall4(long n, long a, long b, long c, long d)
{
	long ret;
	__asm__ __volatile__ ("int $0x80" : "=a"(ret) : "a"(n), "b"(a), "c"(b), "d"(c), "S"(d)
			      : "memory");
	return ret;
}

static inline long __syscall5(long n, long a, long b, long c, long d, long e)
{
	long ret;
	__asm__ __volatile__ ("int $0x80" : "=a"(ret) : "a"(n), "b"(a), "c"(b), "d"(c), "S"(d),
			      "D"(e) : "memory");
	return ret;
}

static inline long __syscall6(long n, long a, long b, long c, long d, long e, long f)
{
	long ret, nf[2] = { n, f };
	__asm__ __volatile__ ("push %%ebp\n\t"
			      "mov 4(%%eax), %%ebp\n\t"
			      "mov (%%eax), %%eax\n\t"
			      "int $0x80\n\t"
			      "pop %%ebp"
			      : "=a"(ret) : "a"(nf), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e), "m"(nf)
			      : "memory");
	return ret;
}

#endif
