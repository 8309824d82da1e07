/*
 * What work.c's large workload and reuse.c share, so that both replay the
 * very same blocks: the generator (work.c's other workloads use it too) and
 * the large workload's shape.  large_model.py follows the same rules.
 */
#include <stddef.h>
#include <stdint.h>

enum { LARGE_SLOTS = 16, LARGE_ROUNDS = 6000, LARGE_TOUCH = 4096 * 16 };

static uint64_t rng = 0x9e3779b97f4a7c15ull;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* The size of the block for random r: 64 KB to 8 MB, smaller sizes more often. */
static size_t large_size(uint64_t r)
{
	size_t n = (size_t)65536 << (r >> 8) % 8;

	n += (r >> 16) % n;
	return n > (size_t)8 << 20 ? (size_t)8 << 20 : n;
}
