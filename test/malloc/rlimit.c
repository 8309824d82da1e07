/*
 * Under a low RLIMIT_AS, set before the first allocation: the heap cannot
 * reserve its usual span, grows by further spans instead, uses nearly all
 * the address space the limit leaves, then fails with ENOMEM, and works
 * again once blocks are freed.
 */
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include "t.h"

#define ROOM     ((size_t)96 << 20)
#define BLOCK    16000
#define MAX_BLOCKS (ROOM / BLOCK)
#define BIG      ((size_t)1 << 20)
#define PAGE     4096

static char *blocks[MAX_BLOCKS];

/* Through volatile pointers: a compiler may drop an allocation it sees unused. */
static void *(*volatile malloc_fn)(size_t) = malloc;
static void *(*volatile calloc_fn)(size_t, size_t) = calloc;

/* The process's address space now: /proc/self/statm's first field. */
static size_t vm_size(void)
{
	char buf[128] = { 0 }, *s = buf;
	size_t pages = 0;
	int fd = open("/proc/self/statm", O_RDONLY);

	if (fd < 0)
		return 0;
	read(fd, buf, sizeof buf - 1);
	close(fd);
	while (*s >= '0' && *s <= '9')
		pages = pages * 10 + (*s++ - '0');
	return pages * PAGE;
}

/* qemu-user accepts RLIMIT_AS and does not apply it. */
static int limit_enforced(void)
{
	void *m = mmap(0, 2 * ROOM, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (m == MAP_FAILED)
		return 1;
	munmap(m, 2 * ROOM);
	return 0;
}

int main(void)
{
	struct rlimit lim;
	size_t n = 0, i, got;
	int ok = 1, err;
	char *p;

	getrlimit(RLIMIT_AS, &lim);
	lim.rlim_cur = vm_size() + ROOM;
	t_eq("setrlimit_as", setrlimit(RLIMIT_AS, &lim), 0);
	if (t_under_qemu() && !limit_enforced()) {
		t_skip("heap_uses_the_room", "qemu-user does not enforce RLIMIT_AS");
		return t_done();
	}
	/* The first reservation is refused and asked again smaller: errno stays. */
	errno = EDOM;
	blocks[n] = malloc(BLOCK);
	t_true("first_malloc", blocks[n] != NULL, "the first malloc failed");
	t_eq("success_keeps_errno", errno, EDOM);
	if (blocks[n]) {
		blocks[n][0] = blocks[n][BLOCK - 1] = 0;
		n++;
	}
	while (n < MAX_BLOCKS && (blocks[n] = malloc(BLOCK))) {
		blocks[n][0] = blocks[n][BLOCK - 1] = (char)n;
		n++;
	}
	err = errno;
	got = n * BLOCK;
	t_true("heap_exhausted", n < MAX_BLOCKS, "more blocks than the limit allows");
	t_eq("exhausted_errno_enomem", err, ENOMEM);
	/* The first span is at most half of the room: the rest came from more spans. */
	t_true("heap_uses_the_room", got >= ROOM / 5 * 4, "ENOMEM with a fifth of the room unused");
	errno = 0;
	T_ERR("big_block_enomem", malloc_fn(BIG) ? 0 : -1, ENOMEM);
	T_ERR("calloc_enomem", calloc_fn(BIG, 1) ? 0 : -1, ENOMEM);
	for (i = 0; i < n; i++)
		ok &= blocks[i][0] == (char)i && blocks[i][BLOCK - 1] == (char)i;
	t_true("blocks_intact", ok, "a block's bytes changed");
	for (i = 0; i < n / 2; i++)
		free(blocks[i]);
	p = malloc(BLOCK);
	t_true("small_after_free", p != NULL, "malloc failed after frees");
	free(p);
	p = malloc(BIG);
	t_true("big_after_free", p != NULL, "malloc of 1 MB failed after frees");
	if (p)
		memset(p, 1, BIG);
	free(p);
	for (i = n / 2; i < n; i++)
		free(blocks[i]);
	for (i = 0; i < n && (blocks[i] = malloc(BLOCK)); i++)
		;
	t_eq("all_again_after_free_all", i, n);
	return t_done();
}
