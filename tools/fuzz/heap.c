/*
 * A heap fuzzer, run by hand (not part of make check):
 *
 *   bin/trapdoor-cc -O2 tools/fuzz/heap.c -o /tmp/fuzz-heap     (in a build tree)
 *   /tmp/fuzz-heap SEED MILLION_OPS
 *
 * Random malloc, calloc, realloc, memalign, aligned_alloc, posix_memalign and
 * free over 4096 slots, sizes from 0 to 4 MB, and now and then a request
 * the kernel must refuse.  Every block's bytes are a function of a tag the
 * slot keeps (its shadow; the edges and one byte per KB are watched): they
 * are checked on every realloc and free, and all blocks every 65536
 * operations, so a block handed out twice, an overlap, or a lost realloc
 * prefix shows.  Every successful call must leave errno alone, every block
 * be aligned and as large as asked.  Every 50,000
 * operations a child is forked: it checks every block it inherited, carries
 * on with a seed of its own for 20,000 operations, checks again and exits 0,
 * and the parent checks the wait status.  Any finding prints one line and
 * exits 1; the end prints the operation counts.
 */
#include <errno.h>
#include <malloc.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define SLOTS       4096
#define SWEEP_EVERY 65536
#define FORK_EVERY  50000
#define CHILD_OPS   20000
#define ERRNO_MARK  EDOM

enum { OP_MALLOC, OP_CALLOC, OP_REALLOC, OP_MEMALIGN, OP_ALIGNED, OP_POSIX, OP_FREE,
       OP_HUGE, OP_FORK, OP_COUNT };
static const char *const op_name[OP_COUNT] = {
	"malloc", "calloc", "realloc", "memalign", "aligned_alloc", "posix_memalign", "free",
	"refused", "fork",
};

static struct slot {
	unsigned char *p;
	size_t n;
	uint32_t tag;
} slot[SLOTS];

static uint64_t rng, ops, count[OP_COUNT];
static int in_child;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static _Noreturn void found(const char *what, unsigned i)
{
	printf("FOUND after %llu ops (%s): %s, slot %u, %zu bytes at %p\n",
	       (unsigned long long)ops, in_child ? "child" : "parent", what, i, slot[i].n,
	       (void *)slot[i].p);
	fflush(stdout);
	_exit(1);
}

static unsigned char byte_of(uint32_t tag, size_t i)
{
	return (unsigned char)((tag * 0x9e3779b1u + i * 0x85ebca6bu) >> 24);
}

/*
 * The bytes a block's shadow covers: its first and last EDGE bytes and one
 * in every STRIDE between, enough to catch any two blocks that overlap (a
 * smaller block is all edges) at a cost that does not grow with the size.
 */
#define EDGE   256
#define STRIDE 1024

static size_t next_watched(size_t k, size_t n)
{
	if (k + 1 < EDGE || k + 1 >= n - (n < EDGE ? n : EDGE))
		return k + 1;
	return (k + STRIDE) / STRIDE * STRIDE < n - EDGE ? (k + STRIDE) / STRIDE * STRIDE : n - EDGE;
}

static void fill(unsigned i, size_t from)
{
	size_t k;

	for (k = 0; k < slot[i].n; k = next_watched(k, slot[i].n))
		if (k >= from)
			slot[i].p[k] = byte_of(slot[i].tag, k);
}

static void verify(unsigned i, size_t upto)
{
	size_t k;

	for (k = 0; k < upto && k < slot[i].n; k = next_watched(k, slot[i].n))
		if (slot[i].p[k] != byte_of(slot[i].tag, k))
			found("a block's bytes changed", i);
}

/* Sizes: mostly small, some medium, a few large enough for own mappings. */
static size_t pick_size(void)
{
	uint64_t r = next();

	switch (r % 64) {
	case 0:
		return (r >> 8) % (4u << 20);
	case 1: case 2: case 3: case 4: case 5: case 6: case 7: case 8:
		return (r >> 8) % 65536;
	case 9: case 10: case 11: case 12: case 13: case 14: case 15: case 16:
		return (r >> 8) % 5000;
	default:
		return (r >> 8) % 520;
	}
}

static void placed(unsigned i, void *p, size_t n, size_t align, int zeroed)
{
	size_t k;

	if (!p)
		found("an allocation the kernel could grant failed", i);
	if (errno != ERRNO_MARK)
		found("a successful call changed errno", i);
	if ((uintptr_t)p % align)
		found("a block misaligned", i);
	if (malloc_usable_size(p) < n)
		found("malloc_usable_size below the size asked", i);
	if (zeroed)
		for (k = 0; k < n; k++)
			if (((unsigned char *)p)[k])
				found("calloc memory not zero", i);
	slot[i].p = p;
	slot[i].n = n;
	slot[i].tag = (uint32_t)next();
	fill(i, 0);
}

static void release(unsigned i)
{
	verify(i, slot[i].n);
	free(slot[i].p);
	if (errno != ERRNO_MARK)
		found("free changed errno", i);
	slot[i].p = 0;
	count[OP_FREE]++;
}

static void resize(unsigned i)
{
	size_t n = pick_size(), old = slot[i].n, keep = n < old ? n : old;
	uint32_t tag = slot[i].tag;
	unsigned char *q;
	size_t k;

	verify(i, slot[i].n);
	q = realloc(slot[i].p, n);
	count[OP_REALLOC]++;
	if (!n) {
		slot[i].p = 0;
		return;
	}
	if (!q)
		found("realloc failed", i);
	if (errno != ERRNO_MARK)
		found("a successful realloc changed errno", i);
	slot[i].p = q;
	for (k = 0; k < keep; k = next_watched(k, old))
		if (q[k] != byte_of(tag, k))
			found("realloc lost the block's bytes", i);
	/* The new size watches other bytes: the block is filled anew. */
	slot[i].n = n;
	slot[i].tag = (uint32_t)next();
	fill(i, 0);
}

static void huge(unsigned i)
{
	size_t n = (size_t)1 << (40 + next() % 7);

	if (sizeof(size_t) < 8)
		return;
	if (malloc(n))
		found("a 2^40+ request succeeded", i);
	if (errno != ENOMEM)
		found("a refused request without ENOMEM", i);
	count[OP_HUGE]++;
}

static void allocate(unsigned i)
{
	size_t n = pick_size(), align = 16;
	unsigned op = next() % 8;
	void *p = 0;

	switch (op) {
	case 0: {
		size_t m = 1 + next() % 4;

		p = calloc(m, n / m);
		count[OP_CALLOC]++;
		placed(i, p, n / m * m, 16, 1);
		return;
	}
	case 1:
		align = (size_t)1 << (next() % 16);
		p = memalign(align, n);
		count[OP_MEMALIGN]++;
		break;
	case 2:
		align = (size_t)1 << (next() % 14);
		p = aligned_alloc(align, n);
		count[OP_ALIGNED]++;
		break;
	case 3:
		align = sizeof(void *) << (next() % 12);
		if (posix_memalign(&p, align, n))
			found("posix_memalign failed", i);
		count[OP_POSIX]++;
		break;
	default:
		p = malloc(n);
		count[OP_MALLOC]++;
	}
	placed(i, p, n, align < 16 ? 16 : align, 0);
}

static void sweep(void)
{
	unsigned i;

	for (i = 0; i < SLOTS; i++)
		if (slot[i].p)
			verify(i, slot[i].n);
}

static void step(void)
{
	unsigned i = next() % SLOTS, r = next() % 100;

	errno = ERRNO_MARK;
	if (r == 0)
		huge(i);
	else if (!slot[i].p)
		allocate(i);
	else if (r < 30)
		resize(i);
	else
		release(i);
	ops++;
	if (ops % SWEEP_EVERY == 0)
		sweep();
}

static void fork_child(void)
{
	int status;
	uint64_t k;
	pid_t pid = fork();

	if (pid < 0) {
		perror("fork");
		exit(2);
	}
	if (!pid) {
		in_child = 1;
		sweep();
		rng ^= 0x5851f42d4c957f2dull;
		for (k = 0; k < CHILD_OPS; k++)
			step();
		sweep();
		_exit(0);
	}
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status)) {
		printf("FOUND after %llu ops: forked child ended with status 0x%x\n",
		       (unsigned long long)ops, status);
		exit(1);
	}
	count[OP_FORK]++;
}

int main(int argc, char **argv)
{
	unsigned long long seed = argc > 1 ? strtoull(argv[1], 0, 0) : 1;
	uint64_t goal = (argc > 2 ? strtoull(argv[2], 0, 0) : 1) * 1000000;
	unsigned i;

	rng = seed * 0x9e3779b97f4a7c15ull + 1;
	while (ops < goal) {
		for (i = 0; i < FORK_EVERY; i++)
			step();
		fork_child();
	}
	sweep();
	for (i = 0; i < SLOTS; i++)
		if (slot[i].p)
			release(i);
	printf("seed %llu: %llu operations, nothing found;", seed, (unsigned long long)ops);
	for (i = 0; i < OP_COUNT; i++)
		printf(" %s %llu", op_name[i], (unsigned long long)count[i]);
	printf("\n");
	return 0;
}
