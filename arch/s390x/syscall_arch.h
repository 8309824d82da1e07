/*
 * s390x Linux system call ABI
 *
 *   trap        svc 0 (the number then comes from r1, so every number works;
 *               svc N with the number as immediate reaches only 0-255)
 *   number      r1
 *   arguments   r2, r3, r4, r5, r6, r7
 *   return      r2 (so the first argument register is overwritten);
 *               a value in -4095..-1 is -errno
 *   clobbered   memory only (the kernel reads and writes through pointer
 *               arguments); every other register and the condition code
 *               survive.  r6 and r7 are callee-saved in the C ABI, which
 *               binding them as asm operands respects.
 *
 * The machine is big-endian: nothing here cares, but generic code must not
 * assume the low half of a 64-bit word comes first.
 */
#ifndef TRAPDOOR_SYSCALL_ARCH_H
#define TRAPDOOR_SYSCALL_ARCH_H

/* A handler without SA_SIGINFO gets the old frame, undone by sigreturn. */
#define SIGRETURN_OLD_FRAME

#define __SYSCALL_TRAP(...) \
	__asm__ __volatile__ ("svc 0" : "=r"(r2) : __VA_ARGS__ : "memory")

static inline long __syscall0(long n)
{
	register long r1 __asm__("r1") = n;
	register long r2 __asm__("r2");
	__SYSCALL_TRAP("r"(r1));
	return r2;
}

static inline long __syscall1(long n, long a)
{
	register long r1 __asm__("r1") = n;
	register long r2 __asm__("r2") = a;
	__SYSCALL_TRAP("r"(r1), "0"(r2));
	return r2;
}

static inline long __syscall2(long n, long a, long b)
{
	register long r1 __asm__("r1") = n;
	register long r2 __asm__("r2") = a;
	register long r3 __asm__("r3") = b;
	__SYSCALL_TRAP("r"(r1), "0"(r2), "r"(r3));
	return r2;
}

static inline long __syscall3(long n, long a, long b, long c)
{
	register long r1 __asm__("r1") = n;
	register long r2 __asm__("r2") = a;
	register long r3 __asm__("r3") = b;
	register long r4 __asm__("r4") = c;
	__SYSCALL_TRAP("r"(r1), "0"(r2), "r"(r3), "r"(r4));
	return r2;
}

static inline long __syscall4(long n, long a, long b, long c, long d)
{
	register long r1 __asm__("r1") = n;
	register long r2 __asm__("r2") = a;
	register long r3 __asm__("r3") = b;
	register long r4 __asm__("r4") = c;
	register long r5 __asm__("r5") = d;
	__SYSCALL_TRAP("r"(r1), "0"(r2), "r"(r3), "r"(r4), "r"(r5));
	return r2;
}

static inline long __syscall5(long n, long a, long b, long c, long d, long e)
{
	register long r1 __asm__("r1") = n;
	register long r2 __asm__("r2") = a;
	register long r3 __asm__("r3") = b;
	register long r4 __asm__("r4") = c;
	register long r5 __asm__("r5") = d;
	register long r6 __asm__("r6") = e;
	__SYSCALL_TRAP("r"(r1), "0"(r2), "r"(r3), "r"(r4), "r"(r5), "r"(r6));
	return r2;
}

static inline long __syscall6(long n, long a, long b, long c, long d, long e, long f)
{
	register long r1 __asm__("r1") = n;
	register long r2 __asm__("r2") = a;
	register long r3 __asm__("r3") = b;
	register long r4 __asm__("r4") = c;
	register long r5 __asm__("r5") = d;
	register long r6 __asm__("r6") = e;
	register long r7 __asm__("r7") = f;
	__SYSCALL_TRAP("r"(r1), "0"(r2), "r"(r3), "r"(r4), "r"(r5), "r"(r6), "r"(r7));
	return r2;
}

/*
 * s390x's SYS_mmap is old_mmap: one pointer to the six arguments.  The
 * compound literal lives until the end of the enclosing block, past the trap;
 * its parentheses keep its commas from splitting __syscall's arguments.
 */
#define __syscall_mmap(a, len, prot, flags, fd, off) \
	__syscall(SYS_mmap, ((long[6]){ (long)(a), (long)(len), (prot), (flags), (fd), (off) }))

#endif
