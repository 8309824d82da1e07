/*
 * The heap as the kernel sees it: few mappings for many blocks, memory
 * given back after a large working set is freed, a working heap in a
 * forked child.
 */
#include <fcntl.h>
#include <malloc.h>
#include <stdint.h>
#include <sys/mman.h>
#include "t.h"

#define SMALL_BLOCKS  200000
#define SMALL_SIZE    48
#define MAPS_GROWTH   4
#define WORKING_SET   ((size_t)512 << 20)
#define WS_BLOCK      4000
#define WS_BLOCKS     (WORKING_SET / WS_BLOCK)
#define PAGE          4096

static void *blocks[SMALL_BLOCKS > WS_BLOCKS ? SMALL_BLOCKS : WS_BLOCKS];
static char text[1 << 16];

static long read_file(const char *path)
{
	int fd = open(path, O_RDONLY);
	long n = 0, r;

	if (fd < 0)
		return -1;
	while ((r = read(fd, text + n, sizeof text - 1 - n)) > 0)
		n += r;
	close(fd);
	text[n] = 0;
	return n;
}

static long count_maps(void)
{
	long lines = 0;
	char *s;

	if (read_file("/proc/self/maps") < 0)
		return -1;
	for (s = text; *s; s++)
		lines += *s == '\n';
	return lines;
}

/* Resident bytes: /proc/self/statm's second field, in pages. */
static long rss(void)
{
	char *s = text;
	long pages = 0;

	if (read_file("/proc/self/statm") < 0)
		return -1;
	while (*s && *s != ' ')
		s++;
	while (*++s >= '0' && *s <= '9')
		pages = pages * 10 + (*s - '0');
	return pages * PAGE;
}

/* qemu-user before 8.1 accepts MADV_DONTNEED and does nothing. */
static int dontneed_works(void)
{
	char *m = mmap(0, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	int works;

	if (m == MAP_FAILED)
		return 0;
	m[0] = 1;
	works = !madvise(m, PAGE, MADV_DONTNEED) && m[0] == 0;
	munmap(m, PAGE);
	return works;
}

static void maps_stay_few(void)
{
	long before, after;
	size_t i;
	int ok = 1;

	free(malloc(1));
	before = count_maps();
	for (i = 0; i < SMALL_BLOCKS; i++) {
		blocks[i] = malloc(SMALL_SIZE);
		ok &= blocks[i] != NULL;
	}
	after = count_maps();
	t_true("small_blocks_allocated", ok, "malloc(48) failed");
	t_true("maps_read", before > 0, "cannot read /proc/self/maps");
	t_true("maps_grow_by_at_most_4", after - before <= MAPS_GROWTH,
	       "200,000 small blocks added more than 4 mappings");
	for (i = 0; i < SMALL_BLOCKS; i++)
		free(blocks[i]);
}

/*
 * Allocate a working set of 512 MB, touch it, free it; exit 0 if RSS fell
 * back, 1 if malloc failed, 2 if the set was not resident, 3 if it stayed.
 * Run in a child each time: a second round in one process is a free and
 * re-allocate loop, which the heap rightly answers by keeping the memory.
 */
static int keep_last;

static void working_set(void)
{
	long base, peak, after;
	size_t i;
	void *last = 0;

	base = rss();
	for (i = 0; i < WS_BLOCKS; i++) {
		if (!(blocks[i] = malloc(WS_BLOCK)))
			_exit(1);
		memset(blocks[i], 0x5a, WS_BLOCK);
	}
	/* A live block after the set: its free run is inside the heap. */
	if (keep_last)
		last = malloc(64);
	peak = rss();
	while (i--)
		free(blocks[i]);
	after = rss();
	free(last);
	if (peak - base < (long)(WORKING_SET / 2))
		_exit(2);
	_exit(after - base < (long)(WORKING_SET / 16) ? 0 : 3);
}

static void child_heap(void)
{
	char *p = blocks[0], *q = malloc(1000);

	/* The parent's block is the child's copy; both heaps go on alone. */
	if (!q || strcmp(p, "parent"))
		_exit(1);
	strcpy(q, "child");
	p = realloc(p, 100000);
	if (!p || strcmp(p, "parent"))
		_exit(2);
	free(p);
	free(q);
	_exit(0);
}

int main(void)
{
	int status;

	maps_stay_few();
	if (t_under_qemu() && !dontneed_works()) {
		t_skip("rss_falls_inner_run", "qemu-user makes madvise(MADV_DONTNEED) a no-op");
		t_skip("rss_falls_top", "qemu-user makes madvise(MADV_DONTNEED) a no-op");
	} else {
		keep_last = 1;
		T_EXITED("rss_falls_inner_run", t_in_child(working_set), 0);
		keep_last = 0;
		T_EXITED("rss_falls_top", t_in_child(working_set), 0);
	}

	blocks[0] = malloc(20);
	strcpy(blocks[0], "parent");
	status = t_in_child(child_heap);
	T_EXITED("fork_child_heap", status, 0);
	t_str("fork_parent_block_intact", blocks[0], "parent");
	blocks[1] = realloc(blocks[0], 50000);
	t_str("fork_parent_heap_works", blocks[1], "parent");
	free(blocks[1]);
	return t_done();
}
