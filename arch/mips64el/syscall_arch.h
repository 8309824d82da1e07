/*
 * mips64el Linux system call ABI (n64)
 *
 *   trap        syscall
 *   number      $2 (v0)
 *   arguments   $4-$9 (a0-a5)
 *   return      $2, and $7 (a3) as the error flag: nonzero on failure, when
 *               $2 holds a positive errno.  __syscall6 negates $2 then, so
 *               that it returns -errno like every other arch and the rest of
 *               the library never sees the a3 convention.  a3 is an argument
 *               and an output, so it is bound read-write.
 *   clobbered   $1 (at), $3 (v1), $10-$15 (t2-t7), $24, $25 (t8, t9), hi, lo
 *               (the kernel returns with the temporaries as it left them),
 *               memory (it reads and writes through pointer arguments).
 *               $16-$23, $28 (gp), $29 (sp), $30 and $31 survive; a4 and a5
 *               are bound read-write all the same, since every __syscallN
 *               passes them.
 *
 * Every __syscallN is __syscall6 with zeros for the unused arguments.
 *
 * The kernel's struct stat for newfstatat keeps 32-bit seconds, which a
 * 64-bit time_t cannot be read from by layout: fstatat uses statx instead.
 * Its struct sigaction has the flags first and no sa_restorer (a handler
 * returns through the kernel's own trampoline): src/internal/ksigaction.h.
 */
#ifndef TRAPDOOR_SYSCALL_ARCH_H
#define TRAPDOOR_SYSCALL_ARCH_H

#define KSTAT_TIME32
#define KSIGACTION_NO_RESTORER

static inline long __syscall6(long n, long a, long b, long c, long d, long e, long f)
{
	register long v0 __asm__("$2") = n;
	register long a0 __asm__("$4") = a;
	register long a1 __asm__("$5") = b;
	register long a2 __asm__("$6") = c;
	register long a3 __asm__("$7") = d;
	register long a4 __asm__("$8") = e;
	register long a5 __asm__("$9") = f;
	__asm__ __volatile__ ("syscall"
			      : "+r"(v0), "+r"(a3), "+r"(a4), "+r"(a5)
			      : "r"(a0), "r"(a1), "r"(a2)
			      : "memory", "$1", "$3", "$10", "$11", "$12", "$13", "$14", "$15",
				"$24", "$25", "hi", "lo");
	return a3 ? -v0 : v0;
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
