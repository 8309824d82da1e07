/*
 * transcendental_diff.c on the sources built for FMA and AVX2 (test.mak
 * adds -mfma -mavx2 on an x86_64 host): the variants x86_64's exp, log,
 * pow, sin, cos and atan2 choose at start-up on a CPU that has them
 * (src/math/x86_64/).  Elsewhere there is nothing more to test.
 */
#define TRANS_DIFF_FMA
#include "transcendental_diff.c"
