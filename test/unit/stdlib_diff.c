/*
 * Differential test of the generators and strtoimax/strtoumax against the
 * host glibc: trapdoor's sources are compiled here under other names (so
 * glibc's stay callable) and each sequence is compared number for number.
 */
#include <check.h>
#include <errno.h>
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>

#define random td_random
#define srandom td_srandom
#define initstate td_initstate
#define setstate td_setstate
#define rand_r td_rand_r
#define drand48 td_drand48
#define erand48 td_erand48
#define lrand48 td_lrand48
#define nrand48 td_nrand48
#define mrand48 td_mrand48
#define jrand48 td_jrand48
#define srand48 td_srand48
#define seed48 td_seed48
#define lcong48 td_lcong48
#define strtoimax td_strtoimax
#define strtoumax td_strtoumax
#include "../../src/stdlib/random.c"
#include "../../src/stdlib/rand_r.c"
#include "../../src/stdlib/__rand48_step.c"
#include "../../src/stdlib/drand48.c"
#include "../../src/stdlib/erand48.c"
#include "../../src/stdlib/lrand48.c"
#include "../../src/stdlib/nrand48.c"
#include "../../src/stdlib/mrand48.c"
#include "../../src/stdlib/jrand48.c"
#include "../../src/stdlib/srand48.c"
#include "../../src/stdlib/seed48.c"
#include "../../src/stdlib/lcong48.c"
#include "../../src/stdlib/__strtox.c"
#include "../../src/inttypes/strtoimax.c"
#include "../../src/inttypes/strtoumax.c"
#undef random
#undef srandom
#undef initstate
#undef setstate
#undef rand_r
#undef drand48
#undef erand48
#undef lrand48
#undef nrand48
#undef mrand48
#undef jrand48
#undef srand48
#undef seed48
#undef lcong48
#undef strtoimax
#undef strtoumax

static const unsigned seeds[] = { 0, 1, 2, 42, 12345, 0x7fffffff, 0x80000000u, 0xffffffffu };

START_TEST(random_every_state_size)
{
	static const size_t sizes[] = { 8, 31, 32, 63, 64, 127, 128, 255, 256, 1000 };
	static char ours[1000], theirs[1000];

	for (size_t s = 0; s < sizeof seeds / sizeof *seeds; s++) {
		for (size_t z = 0; z < sizeof sizes / sizeof *sizes; z++) {
			td_initstate(seeds[s], ours, sizes[z]);
			initstate(seeds[s], theirs, sizes[z]);
			for (int i = 0; i < 5000; i++) {
				long a = td_random(), b = random();

				ck_assert_msg(a == b, "seed %u size %zu call %d: glibc %ld, trapdoor %ld",
					      seeds[s], sizes[z], i, b, a);
			}
		}
		td_srandom(seeds[s]);
		srandom(seeds[s]);
		for (int i = 0; i < 5000; i++)
			ck_assert_int_eq(td_random(), random());
	}
}
END_TEST

START_TEST(rand_r_sequences)
{
	for (size_t s = 0; s < sizeof seeds / sizeof *seeds; s++) {
		unsigned a = seeds[s], b = seeds[s];

		for (int i = 0; i < 10000; i++)
			ck_assert_int_eq(td_rand_r(&a), rand_r(&b));
		ck_assert_uint_eq(a, b);
	}
}
END_TEST

START_TEST(rand48_sequences)
{
	unsigned short x1[3] = { 7, 8, 9 }, x2[3] = { 7, 8, 9 };
	unsigned short p[7] = { 0x1111, 0x2222, 0x3333, 0x4444, 0x5555, 0x6666, 0x7777 };

	for (size_t s = 0; s < sizeof seeds / sizeof *seeds; s++) {
		td_srand48((long)seeds[s] * 65537);
		srand48((long)seeds[s] * 65537);
		for (int i = 0; i < 3000; i++) {
			ck_assert_int_eq(td_lrand48(), lrand48());
			ck_assert_int_eq(td_mrand48(), mrand48());
			ck_assert(td_drand48() == drand48());
		}
	}
	for (int i = 0; i < 3000; i++) {
		ck_assert(td_erand48(x1) == erand48(x2));
		ck_assert_int_eq(td_nrand48(x1), nrand48(x2));
		ck_assert_int_eq(td_jrand48(x1), jrand48(x2));
	}
	td_lcong48(p);
	lcong48(p);
	for (int i = 0; i < 3000; i++)
		ck_assert_int_eq(td_lrand48(), lrand48());
	ck_assert(!memcmp(td_seed48(x1), seed48(x2), 3 * sizeof(unsigned short)));
	for (int i = 0; i < 3000; i++)
		ck_assert_int_eq(td_mrand48(), mrand48());
}
END_TEST

/* A small deterministic generator, so that failures reproduce. */
static uint64_t rng = 0x243f6a8885a308d3u;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

START_TEST(strtoimax_generated)
{
	static const char alphabet[] = " \t+-0123456789abcdefxXzZ";
	static const int bases[] = { 0, 2, 8, 10, 16, 36, 1, 37, -1 };
	char s[48];

	for (long n = 0; n < 300000; n++) {
		size_t len = next() % 30;
		int base = bases[next() % (sizeof bases / sizeof *bases)];
		char *e1 = NULL, *e2 = NULL;
		int err1, err2, valid = base == 0 || (base >= 2 && base <= 36);

		for (size_t i = 0; i < len; i++)
			s[i] = alphabet[next() % (sizeof alphabet - 1)];
		s[len] = 0;
		errno = 0;
		intmax_t a = td_strtoimax(s, &e1, base);
		err1 = errno;
		errno = 0;
		intmax_t b = strtoimax(s, &e2, base);
		err2 = errno;
		/* glibc leaves *end alone for a bad base; trapdoor sets it to s. */
		ck_assert_msg(a == b && (e1 == e2 || !valid) && err1 == err2,
			      "strtoimax(\"%s\", %d): glibc %jd end %td errno %d, trapdoor %jd end %td errno %d",
			      s, base, b, e2 - s, err2, a, e1 - s, err1);
		errno = 0;
		uintmax_t c = td_strtoumax(s, &e1, base);
		err1 = errno;
		errno = 0;
		uintmax_t d = strtoumax(s, &e2, base);
		err2 = errno;
		ck_assert_msg(c == d && (e1 == e2 || !valid) && err1 == err2, "strtoumax(\"%s\", %d)", s, base);
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("stdlib_diff");
	TCase *tc = tcase_create("glibc");
	SRunner *sr;
	int failed;

	/* No time limit (0): a loaded machine may take any time; the driver guards against hangs. */
	tcase_set_timeout(tc, 0);
	tcase_add_test(tc, random_every_state_size);
	tcase_add_test(tc, rand_r_sequences);
	tcase_add_test(tc, rand48_sequences);
	tcase_add_test(tc, strtoimax_generated);
	suite_add_tcase(s, tc);
	sr = srunner_create(s);
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? 1 : 0;
}
