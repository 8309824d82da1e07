/*
 * setjmp/longjmp, _setjmp/_longjmp, sigsetjmp/siglongjmp: the values
 * returned, locals (volatile ones changed after setjmp, and register ones
 * left alone, integer and floating point) across a jump out of deep
 * recursion and out of code that used every callee-saved register, and the
 * signal mask: restored only by siglongjmp to an env that saved it,
 * including out of a signal handler.
 */
#define _DEFAULT_SOURCE
#include <setjmp.h>
#include <signal.h>
#include "t.h"

/* A value the compiler cannot predict or fold. */
static __attribute__((noinline)) long opaque(long x)
{
	__asm__ volatile("" : "+r"(x));
	return x;
}

static jmp_buf env;
static sigjmp_buf senv;

static __attribute__((noinline)) void jump(int val)
{
	longjmp(env, val);
}

/* Through a pointer the compiler cannot see into: recurse's base case may return. */
static void (*volatile jumper)(int) = jump;

static __attribute__((noinline)) int recurse(int depth, volatile char *pad)
{
	volatile char local[64];

	local[0] = (char)depth;
	if (depth == 0) {
		jumper(77);
		return 0;
	}
	return recurse(depth - 1, local) + pad[0];
}

/*
 * Many values live across a call: the compiler keeps them in callee-saved
 * registers (x86_64 rbx rbp r12-r15, aarch64 x19-x28 and d8-d15), which
 * this function then owns when it jumps without restoring them.
 */
static __attribute__((noinline)) void clobber_and_jump(long seed)
{
	long a = opaque(seed + 3), b = opaque(seed + 5), c = opaque(seed + 7);
	long d = opaque(seed + 11), e = opaque(seed + 13), g = opaque(seed + 17);
	long h = opaque(seed + 19), i = opaque(seed + 23), j = opaque(seed + 29);
	long k = opaque(seed + 31);
	double fa = (double)opaque(seed + 37), fb = (double)opaque(seed + 41);
	double fc = (double)opaque(seed + 43), fd = (double)opaque(seed + 47);
	double fe = (double)opaque(seed + 53), ff = (double)opaque(seed + 59);
	double fg = (double)opaque(seed + 61), fh = (double)opaque(seed + 67);

	recurse(3 + (seed & 1), (volatile char *)&seed);
	/* Not reached: recurse jumps.  The sums keep every value live across it. */
	t_eq("unreachable", a + b + c + d + e + g + h + i + j + k +
				    (long)(fa * fb + fc * fd + fe * ff + fg * fh), 0);
}

static __attribute__((noinline)) long sum_down(long n)
{
	return n ? n + sum_down(opaque(n - 1)) : 0;
}

static void values_and_locals(void)
{
	volatile int changed = 1;
	int r;

	r = setjmp(env);
	if (r == 0) {
		changed = 2;
		jump(5);
	}
	t_eq("longjmp_value", r, 5);
	t_eq("volatile_local_kept_change", changed, 2);

	r = setjmp(env);
	if (r == 0)
		jump(0);
	t_eq("longjmp_zero_gives_one", r, 1);

	r = setjmp(env);
	if (r == 0)
		recurse(10000, (volatile char *)&r);
	t_eq("from_deep_recursion", r, 77);
	t_eq("stack_usable_after", sum_down(1000), 500500);
}

/*
 * setjmp's own frame: it returns normally after the jump, so that its
 * caller's register-held values must have come back with longjmp.
 */
static __attribute__((noinline)) int middle(void)
{
	if (!setjmp(env))
		clobber_and_jump(opaque(99));
	return 1;
}

/*
 * The values live across the call to middle in callee-saved registers
 * (setjmp is not in this function, so the compiler need not spill them);
 * clobber_and_jump overwrites those registers and jumps past its own
 * epilogue, so only longjmp can have put them back.
 */
static void registers(void)
{
	long r1 = opaque(1001), r2 = opaque(2002), r3 = opaque(3003), r4 = opaque(4004);
	long r5 = opaque(5005), r6 = opaque(6006), r7 = opaque(7007), r8 = opaque(8008);
	double d1 = (double)opaque(3) / 4, d2 = (double)opaque(5) / 8, d3 = (double)opaque(7) / 16;
	double d4 = (double)opaque(9) / 32, d5 = (double)opaque(11) / 64;
	double d6 = (double)opaque(13) / 128, d7 = (double)opaque(15) / 256;
	double d8 = (double)opaque(17) / 512;
	int m = middle();

	t_eq("nonvolatile_ints_kept",
	     m * (r1 + r2 * 2 + r3 * 3 + r4 * 4 + r5 * 5 + r6 * 6 + r7 * 7 + r8 * 8),
	     1001 + 4004 + 9009 + 16016 + 25025 + 36036 + 49049 + 64064);
	t_true("nonvolatile_doubles_kept",
	       d1 == 0.75 && d2 == 0.625 && d3 == 0.4375 && d4 == 0.28125 && d5 == 11.0 / 64 &&
		       d6 == 13.0 / 128 && d7 == 15.0 / 256 && d8 == 17.0 / 512,
	       "a double changed");
}

static int blocked(int sig)
{
	sigset_t s;

	sigprocmask(SIG_BLOCK, NULL, &s);
	return sigismember(&s, sig);
}

static void set_blocked(int sig, int on)
{
	sigset_t s;

	sigemptyset(&s);
	sigaddset(&s, sig);
	sigprocmask(on ? SIG_BLOCK : SIG_UNBLOCK, &s, NULL);
}

static int use_siglongjmp;

static void handler(int sig)
{
	(void)sig;
	if (use_siglongjmp)
		siglongjmp(senv, 9);
	longjmp(senv, 8);
}

static void masks(void)
{
	struct sigaction sa = { .sa_handler = handler };
	volatile int r;

	sigaction(SIGUSR1, &sa, NULL);

	use_siglongjmp = 1;
	r = sigsetjmp(senv, 1);
	if (r == 0)
		raise(SIGUSR1);
	t_eq("siglongjmp_from_handler_value", r, 9);
	t_eq("siglongjmp_restored_mask", blocked(SIGUSR1), 0);

	r = sigsetjmp(senv, 0);
	if (r == 0)
		raise(SIGUSR1);
	t_eq("no_saved_mask_value", r, 9);
	t_eq("no_saved_mask_handler_mask_stays", blocked(SIGUSR1), 1);
	set_blocked(SIGUSR1, 0);

	use_siglongjmp = 0;
	r = sigsetjmp(senv, 1);
	if (r == 0)
		raise(SIGUSR1);
	t_eq("longjmp_from_handler_value", r, 8);
	t_eq("longjmp_never_restores", blocked(SIGUSR1), 1);
	set_blocked(SIGUSR1, 0);

	set_blocked(SIGUSR2, 1);
	r = sigsetjmp(senv, 1);
	if (r == 0) {
		set_blocked(SIGUSR2, 0);
		set_blocked(SIGTERM, 1);
		siglongjmp(senv, 0);
	}
	t_eq("siglongjmp_zero_gives_one", r, 1);
	t_true("saved_mask_exactly", blocked(SIGUSR2) && !blocked(SIGTERM), "mask not the saved one");
	set_blocked(SIGUSR2, 0);

	/* The same env reused by plain setjmp: siglongjmp must not restore the old mask. */
	set_blocked(SIGUSR2, 1);
	sigsetjmp(senv, 1);
	set_blocked(SIGUSR2, 0);
	r = setjmp(senv);
	if (r == 0) {
		set_blocked(SIGTERM, 1);
		siglongjmp(senv, 3);
	}
	t_eq("setjmp_env_siglongjmp_value", r, 3);
	t_true("setjmp_env_no_restore", blocked(SIGTERM) && !blocked(SIGUSR2), "a mask was restored");
	set_blocked(SIGTERM, 0);

	r = _setjmp(senv);
	if (r == 0)
		_longjmp(senv, 4);
	t_eq("_setjmp_longjmp", r, 4);
}

int main(void)
{
	values_and_locals();
	registers();
	masks();
	return t_done();
}
