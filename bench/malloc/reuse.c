/*
 * The large workload of work.c (the same blocks, by large.h) without an
 * allocator, on the policy that keeps peak RSS at the live set: a slot's
 * freed mapping is kept for the slot's next block and resized with mremap,
 * so shrinking gives the tail back and growing faults only the new part.
 * Of the policies large_model.py compares, none faults fewer pages within
 * musl's RSS + 10%: its time is what meeting that target costs here (see
 * bench/RESULTS.md, malloc).  Built against trapdoor: it calls only mmap
 * and mremap.
 */
#define _GNU_SOURCE
#include <sys/mman.h>
#include <unistd.h>
#include "large.h"

int main(void)
{
	/* HEADER stands for an allocator's block header. */
	enum { PAGE = 4096, HEADER = 16 };
	static char *map[LARGE_SLOTS];
	static size_t len[LARGE_SLOTS];
	size_t n, need, j;
	int i;

	for (i = 0; i < LARGE_ROUNDS; i++) {
		uint64_t r = next();
		size_t k = r % LARGE_SLOTS;

		n = large_size(r);
		need = (n + HEADER + PAGE - 1) / PAGE * PAGE;
		if (!map[k])
			map[k] = mmap(0, need, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		else if (need != len[k])
			map[k] = mremap(map[k], len[k], need, MREMAP_MAYMOVE);
		if (map[k] == MAP_FAILED) {
			write(2, "reuse: out of memory\n", 21);
			return 1;
		}
		len[k] = need;
		for (j = 0; j < n; j += LARGE_TOUCH)
			map[k][HEADER + j] = (char)j;
	}
	return 0;
}
