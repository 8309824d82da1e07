/*
 * RLIMIT_AS lowered after the heap is set up binds the heap's growth: the
 * heap exhausts the room the new limit leaves and fails with ENOMEM, rather
 * than grow without bound inside the address space it reserved before.
 */
#include <sys/mman.h>
#include <sys/resource.h>
#include "t.h"

#define LIMIT      ((size_t)256 << 20)
#define BLOCK      16000
#define MAX_BLOCKS (4 * LIMIT / BLOCK)
#define PROBE      (LIMIT + (LIMIT >> 1))

static char *blocks[MAX_BLOCKS];

/* qemu-user accepts RLIMIT_AS and does not apply it. */
static int limit_enforced(void)
{
	void *m = mmap(0, PROBE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);

	if (m == MAP_FAILED)
		return 1;
	munmap(m, PROBE);
	return 0;
}

int main(void)
{
	struct rlimit lim;
	char *first = malloc(100);
	size_t n = 0, i;
	int err, ok = 1;

	t_true("heap_set_up", first != NULL, "the first malloc failed");
	getrlimit(RLIMIT_AS, &lim);
	lim.rlim_cur = LIMIT;
	t_eq("setrlimit_as", setrlimit(RLIMIT_AS, &lim), 0);
	if (!limit_enforced()) {
		t_skip("heap_bound_by_new_limit", "RLIMIT_AS is not enforced here (qemu-user)");
		return t_done();
	}
	for (;;) {
		errno = EDOM;
		if (n == MAX_BLOCKS || !(blocks[n] = malloc(BLOCK)))
			break;
		ok &= errno == EDOM;
		blocks[n][0] = blocks[n][BLOCK - 1] = (char)n;
		n++;
	}
	err = errno;
	t_true("success_keeps_errno", ok, "a successful malloc changed errno");
	t_true("heap_bound_by_new_limit", n < MAX_BLOCKS, "the heap grew past the new limit");
	t_eq("bound_errno_enomem", err, ENOMEM);
	t_true("heap_uses_the_room", n * BLOCK >= LIMIT / 2, "ENOMEM with half the room unused");
	for (i = 0; i < n; i++)
		ok &= blocks[i][0] == (char)i && blocks[i][BLOCK - 1] == (char)i;
	t_true("blocks_intact", ok, "a block's bytes changed");
	for (i = 0; i < n; i++)
		free(blocks[i]);
	for (i = 0; i < n && (blocks[i] = malloc(BLOCK)); i++)
		;
	t_eq("all_again_after_free_all", i, n);
	return t_done();
}
