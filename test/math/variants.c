/*
 * The library's CPU-specific variants (docs/internals.md) against its
 * portable code: this program run again with TRAPDOOR_CPU_BASELINE, which
 * makes every resolver choose the portable version, must print the same
 * digest of floor ceil trunc rint nearbyint and their float forms: each
 * result's bits and the exceptions it raised, in each rounding mode.  On
 * x86_64 with SSE4.1 the first run's are roundsd and roundss; elsewhere
 * both runs are the portable code.
 */
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include "t.h"

#ifndef FE_ALL_EXCEPT
#define FE_ALL_EXCEPT 0
#endif

static const int modes[] = {
	FE_TONEAREST,
#ifdef FE_DOWNWARD
	FE_DOWNWARD,
#endif
#ifdef FE_UPWARD
	FE_UPWARD,
#endif
#ifdef FE_TOWARDZERO
	FE_TOWARDZERO,
#endif
};

static double (*volatile const dfn[])(double) = { floor, ceil, trunc, rint, nearbyint };
static float (*volatile const ffn[])(float) = { floorf, ceilf, truncf, rintf, nearbyintf };

static const double special[] = {
	0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994,
	-0.49999999999999994, 0x1p52, -0x1p52, 0x1.fffffffffffffp51, -0x1.fffffffffffffp51,
	0x1p53 - 1, 0x1p-1074, -0x1p-1074, 0x1p-1022, DBL_MAX, -DBL_MAX, 0x1p23 - 0.5,
	0x1.fffffep22, -0x1.fffffep22, 0x1p-149, FLT_MAX,
};

static uint64_t hash = 0xcbf29ce484222325u;

static void mix(const void *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		hash = (hash ^ ((const unsigned char *)p)[i]) * 0x100000001b3u;
}

static void one(double x)
{
	float xf = (float)x;

	for (size_t f = 0; f < sizeof dfn / sizeof *dfn; f++) {
		double r;
		float rf;
		int flags;

		feclearexcept(FE_ALL_EXCEPT);
		r = dfn[f](x);
		flags = fetestexcept(FE_ALL_EXCEPT);
		mix(&r, sizeof r);
		mix(&flags, sizeof flags);
		feclearexcept(FE_ALL_EXCEPT);
		rf = ffn[f](xf);
		flags = fetestexcept(FE_ALL_EXCEPT);
		mix(&rf, sizeof rf);
		mix(&flags, sizeof flags);
	}
}

/* The digest of every function on every input in every mode, as 16 hex digits. */
static void digest(char *out, size_t size)
{
	uint64_t s = 88172645463325252u;

	for (size_t m = 0; m < sizeof modes / sizeof *modes; m++) {
		fesetround(modes[m]);
		for (size_t i = 0; i < sizeof special / sizeof *special; i++) {
			one(special[i]);
			one(-special[i]);
		}
		one(INFINITY);
		one(-INFINITY);
		one(NAN);
		one(__builtin_nans(""));
		for (int i = 0; i < 3000; i++) {
			s ^= s << 13, s ^= s >> 7, s ^= s << 17;
			/* anywhere, then an exponent near the integers' edge */
			union { uint64_t u; double d; } v = { s };
			one(v.d);
			v.u = (s & 0x800fffffffffffffu) | (uint64_t)(0x3fe + (s >> 52) % 60) << 52;
			one(v.d);
		}
	}
	fesetround(FE_TONEAREST);
	snprintf(out, size, "%016llx", (unsigned long long)hash);
}

static char *self;

static void run_baseline(void)
{
	char *argv[] = { self, "digest", NULL };
	char *envp[] = { "TRAPDOOR_CPU_BASELINE=1", NULL };

	execve(self, argv, envp);
	_exit(127);
}

int main(int argc, char **argv)
{
	char mine[32], theirs[64];
	int status;

	if (argc > 1 && !strcmp(argv[1], "digest")) {
		digest(mine, sizeof mine);
		puts(mine);
		return 0;
	}
	digest(mine, sizeof mine);
	t_true("digest_computed", strlen(mine) == 16, mine);
	if (!t_can_exec_self()) {
		t_skip("baseline_same_digest", "qemu-user cannot exec a foreign binary here");
		return t_done();
	}
	self = argv[0];
	memset(theirs, 0, sizeof theirs);
	status = t_capture(run_baseline, theirs, sizeof theirs - 1);
	T_EXITED("baseline_child_exit", status, 0);
	if (strchr(theirs, '\n'))
		*strchr(theirs, '\n') = 0;
	t_str("baseline_same_digest", theirs, mine);
	return t_done();
}
