/*
 * The heap promises only memory the kernel agreed to: a request the kernel's
 * overcommit accounting refuses to a plain mapping (as glibc's malloc asks
 * for it) fails with ENOMEM, through every entry point, and the heap works
 * on afterwards.  A successful allocation leaves errno alone.
 */
#include <malloc.h>
#include <stdint.h>
#include <sys/mman.h>
#include "t.h"

#define FIRST_SHIFT 35
#define LAST_SHIFT  46

/* Through volatile pointers: a compiler may drop an allocation it sees unused. */
static void *(*volatile malloc_fn)(size_t) = malloc;
static void *(*volatile calloc_fn)(size_t, size_t) = calloc;
static void *(*volatile realloc_fn)(void *, size_t) = realloc;
static void *(*volatile memalign_fn)(size_t, size_t) = memalign;

/* Would the kernel commit n bytes to a private writable mapping? */
static int kernel_grants(size_t n)
{
	void *m = mmap(0, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (m == MAP_FAILED)
		return 0;
	munmap(m, n);
	return 1;
}

static void name_of(char *buf, const char *what, unsigned shift)
{
	strcpy(buf, what);
	buf += strlen(buf);
	*buf++ = '0' + shift / 10;
	*buf++ = '0' + shift % 10;
	*buf = 0;
}

static void refused(unsigned shift, char *small)
{
	size_t n = (size_t)1 << shift;
	char name[64];

	name_of(name, "malloc_2^", shift);
	T_ERR(name, malloc_fn(n) ? 0 : -1, ENOMEM);
	name_of(name, "calloc_2^", shift);
	T_ERR(name, calloc_fn(1, n) ? 0 : -1, ENOMEM);
	name_of(name, "memalign_2^", shift);
	T_ERR(name, memalign_fn(4096, n) ? 0 : -1, ENOMEM);
	name_of(name, "realloc_2^", shift);
	T_ERR(name, realloc_fn(small, n) ? 0 : -1, ENOMEM);
}

static void errno_kept(void)
{
	void *p, *q;
	int ok = 1, i;

	for (i = 0; i < 64; i++) {
		errno = EDOM;
		p = malloc_fn((size_t)1 << (i % 24));
		ok &= p && errno == EDOM;
		q = calloc_fn(3, (size_t)1 << (i % 22));
		ok &= q && errno == EDOM;
		p = realloc_fn(p, (size_t)1 << ((i + 7) % 25));
		ok &= p && errno == EDOM;
		free(q);
		free(p);
		ok &= errno == EDOM;
	}
	t_true("success_keeps_errno", ok, "a successful call changed errno");
}

int main(void)
{
	char *small = malloc(100);
	unsigned shift;
	int n = 0;

	if (sizeof(size_t) < 8) {
		t_skip("malloc_2^35", "no 2^35-byte request on a 32-bit target");
	} else if (t_under_qemu()) {
		/* Measured: 13 GB of the host's memory and minutes by 2^36. */
		t_skip("malloc_2^35", "qemu-user keeps a descriptor per page of a huge guest mapping");
	} else {
		memset(small, 'x', 100);
		for (shift = FIRST_SHIFT; shift <= LAST_SHIFT; shift++) {
			if (kernel_grants((size_t)1 << shift))
				continue;
			refused(shift, small);
			n++;
		}
		if (!n)
			t_skip("malloc_2^35", "the kernel commits 2^46 bytes here (overcommit policy)");
		t_true("realloc_failure_keeps_block", small[0] == 'x' && small[99] == 'x',
		       "the block changed");
	}
	free(small);
	small = malloc(3 << 20);
	t_true("heap_works_after", small != NULL, "malloc(3 MB) failed");
	if (small)
		memset(small, 1, 3 << 20);
	free(small);
	errno_kept();
	return t_done();
}
