/*
 * arm (EABI) Linux system call ABI
 *
 *   trap        svc #0
 *   number      r7
 *   arguments   r0, r1, r2, r3, r4, r5
 *   return      r0 (so the first argument register is overwritten);
 *               a value in -4095..-1 is -errno
 *   clobbered   memory only (the kernel reads and writes through pointer
 *               arguments); every other register survives, flags included.
 *
 * Under Thumb (the default code generation) r7 is the frame pointer, which
 * cannot be an asm operand when a frame is kept: the trap saves r7 in a
 * scratch register, loads the number, and puts r7 back.
 *
 * A 64-bit argument is a register pair, the low word first on little-endian,
 * and must start on an even register: __SYSCALL_LL_O adds the padding
 * argument where the pair would start on an odd one.
 */
#ifndef TRAPDOOR_SYSCALL_ARCH_H
#define TRAPDOOR_SYSCALL_ARCH_H

#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
#define __SYSCALL_LL_E(x) (long)((unsigned long long)(x) >> 32), (long)(unsigned long long)(x)
#else
#define __SYSCALL_LL_E(x) (long)(unsigned long long)(x), (long)((unsigned long long)(x) >> 32)
#endif
#define __SYSCALL_LL_O(x) 0, __SYSCALL_LL_E(x)

/* A handler without SA_SIGINFO gets the old frame, undone by sigreturn. */
#define SIGRETURN_OLD_FRAME

#define __SYSCALL_TRAP(...) \
	__asm__ __volatile__ ("mov %1, r7\n\tmov r7, %2\n\tsvc #0\n\tmov r7, %1" \
			      : "+r"(r0), "=&r"(save) : __VA_ARGS__ : "memory")

static inline long __syscall0(long n)
{
	register long r0 __asm__("r0");
	long save;
	__SYSCALL_TRAP("r"(n));
	return r0;
}

static inline long __syscall1(long n, long a)
{
	register long r0 __asm__("r0") = a;
	long save;
	__SYSCALL_TRAP("r"(n));
	return r0;
}

static inline long __syscall2(long n, long a, long b)
{
	register long r0 __asm__("r0") = a;
	register long r1 __asm__("r1") = b;
	long save;
	__SYSCALL_TRAP("r"(n), "r"(r1));
	return r0;
}

static inline long __syscall3(long n, long a, long b, long c)
{
	register long r0 __asm__("r0") = a;
	register long r1 __asm__("r1") = b;
	register long r2 __asm__("r2") = c;
	long save;
	__SYSCALL_TRAP("r"(n), "r"(r1), "r"(r2));
	return r0;
}

static inline long __syscall4(long n, long a, long b, long c, long d)
{
	register long r0 __asm__("r0") = a;
	register long r1 __asm__("r1") = b;
	register long r2 __asm__("r2") = c;
	register long r3 __asm__("r3") = d;
	long save;
	__SYSCALL_TRAP("r"(n), "r"(r1), "r"(r2), "r"(r3));
	return r0;
}

static inline long __syscall5(long n, long a, long b, long c, long d, long e)
{
	register long r0 __asm__("r0") = a;
	register long r1 __asm__("r1") = b;
	register long r2 __asm__("r2") = c;
	register long r3 __asm__("r3") = d;
	register long r4 __asm__("r4") = e;
	long save;
	__SYSCALL_TRAP("r"(n), "r"(r1), "r"(r2), "r"(r3), "r"(r4));
	return r0;
}

static inline long __syscall6(long n, long a, long b, long c, long d, long e, long f)
{
	register long r0 __asm__("r0") = a;
	register long r1 __asm__("r1") = b;
	register long r2 __asm__("r2") = c;
	register long r3 __asm__("r3") = d;
	register long r4 __asm__("r4") = e;
	register long r5 __asm__("r5") = f;
	long save;
	__SYSCALL_TRAP("r"(n), "r"(r1), "r"(r2), "r"(r3), "r"(r4), "r"(r5));
	return r0;
}

#endif
