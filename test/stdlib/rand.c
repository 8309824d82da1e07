/*
 * rand, random, initstate/setstate, rand_r and the drand48 family give
 * glibc's numbers for the same seeds (values taken from glibc 2.36;
 * test/unit/stdlib_diff.c compares long sequences on the host).
 */
#define _DEFAULT_SOURCE
#include <stdlib.h>
#include "t.h"

static void random_family(void)
{
	static char st8[8], st64[64], st256[256];
	char *old;
	unsigned s = 1;

	t_eq("random_unseeded_1", random(), 1804289383);
	t_eq("random_unseeded_2", random(), 846930886);
	t_eq("random_unseeded_3", random(), 1681692777);
	srand(0);
	t_eq("srand0_is_srand1", rand(), 1804289383);
	srandom(42);
	t_eq("srandom42_1", random(), 71876166);
	t_eq("srandom42_2", random(), 708592740);
	t_eq("rand_max", RAND_MAX, 2147483647);

	t_eq("rand_r_1", rand_r(&s), 476707713);
	t_eq("rand_r_2", rand_r(&s), 1186278907);
	t_eq("rand_r_seed_after", s, 2516284547u);

	errno = 0;
	t_true("initstate_too_small", initstate(1, st8, 7) == NULL && errno == EINVAL,
	       "accepted 7 bytes");
	old = initstate(7, st8, 8);
	t_true("initstate_returns_old", old != NULL, "NULL");
	t_eq("lcg_state_1", random(), 1282168116);
	t_eq("lcg_state_2", random(), 642666333);
	initstate(7, st64, 64);
	t_eq("type2_state_1", random(), 1539280666);
	t_eq("type2_state_2", random(), 119640454);
	initstate(9, st256, 256);
	t_eq("type4_state_1", random(), 92791753);
	/* Back to the 64-byte state where it stood, then forward again. */
	t_true("setstate_returns_current", setstate(st64) == st256, "wrong old state");
	t_eq("setstate_resumes", random(), 760216337);
	setstate(st256);
	t_eq("setstate_resumes_type4", random(), 1944034729);
	setstate(old);
}

static void rand48_family(void)
{
	unsigned short xs[3] = { 1, 2, 3 }, p[7] = { 1, 2, 3, 4, 5, 6, 7 };
	unsigned short sd[3] = { 0x1234, 0x5678, 0x9abc }, *prev;
	double d;

	t_eq("lrand48_unseeded_1", lrand48(), 0);
	t_eq("lrand48_unseeded_2", lrand48(), 2116118);
	srand48(12345);
	t_eq("srand48_lrand48", lrand48(), 483889296);
	t_eq("srand48_mrand48", mrand48(), -347106078);
	d = drand48();
	/* Constants cast to double: i386 evaluates them in long double (FLT_EVAL_METHOD 2). */
	t_true("srand48_drand48", d == (double)0.20684125324818226, "wrong double");
	t_true("erand48", erand48(xs) == (double)0.44199632268870914, "wrong double");
	t_eq("jrand48", jrand48(xs), 1130126687);
	t_eq("nrand48", nrand48(xs), 1404751201);
	lcong48(p);
	t_eq("lcong48", lrand48(), 917510);
	prev = seed48(sd);
	t_true("seed48_returns_x", prev[0] == 0xb && prev[1] == 0xd && prev[2] == 0x1c,
	       "wrong previous X");
	t_eq("seed48_restores_a_c", lrand48(), 615467189);
	srand48(0);
	for (int i = 0; i < 1000; i++) {
		d = drand48();
		if (d < 0 || d >= 1)
			break;
	}
	t_true("drand48_in_unit_interval", d >= 0 && d < 1, "out of [0, 1)");
}

int main(void)
{
	random_family();
	rand48_family();
	return t_done();
}
