/*
 * Misuse that free() and realloc() must catch: each case runs in a child,
 * which must die of SIGABRT after one line on stderr naming the problem and
 * the address.
 */
#include <malloc.h>
#include <stdint.h>
#include "t.h"

#define GUARD 64

/* Called through volatile pointers: the compiler sees the misuse too. */
static void (*volatile free_fn)(void *) = free;
static void *(*volatile realloc_fn)(void *, size_t) = realloc;

static char expected[160], got[512];
static void *target;
static _Alignas(16) unsigned char fake[64];

/* "trapdoor malloc: <what> 0x<addr>\n", as the allocator writes it. */
static void expect(const char *what, const void *addr)
{
	static const char hex[] = "0123456789abcdef";
	uintptr_t a = (uintptr_t)addr;
	char digits[2 * sizeof a + 1], *d = digits + sizeof digits;

	*--d = 0;
	do
		*--d = hex[a & 0xf];
	while (a >>= 4);
	strcpy(expected, "trapdoor malloc: ");
	strcpy(expected + strlen(expected), what);
	strcpy(expected + strlen(expected), " 0x");
	strcpy(expected + strlen(expected), d);
	strcpy(expected + strlen(expected), "\n");
}

static void check(const char *name, void (*fn)(void))
{
	char n[64];
	int status;

	memset(got, 0, sizeof got);
	status = t_capture(fn, got, sizeof got - 1);
	/* Only our line: qemu-user adds one of its own about the signal. */
	if (strchr(got, '\n'))
		strchr(got, '\n')[1] = 0;
	strcpy(n, name);
	strcpy(n + strlen(n), "_sigabrt");
	T_KILLED(n, status, SIGABRT);
	strcpy(n + strlen(name), "_message");
	t_str(n, got, expected);
}

/* As check, where the address in the message is not known beforehand. */
static void check_any(const char *name, void (*fn)(void), const char *prefix)
{
	char n[64];
	int status;

	memset(got, 0, sizeof got);
	status = t_capture(fn, got, sizeof got - 1);
	strcpy(n, name);
	strcpy(n + strlen(n), "_sigabrt");
	T_KILLED(n, status, SIGABRT);
	got[strlen(prefix)] = 0;
	strcpy(n + strlen(name), "_message");
	t_str(n, got, prefix);
}

static void free_target(void)
{
	free_fn(target);
}

static void realloc_target(void)
{
	realloc_fn(target, 100);
}

static void double_free_small(void)
{
	free_fn(target);
	free_fn(target);
}

static void overflow(void)
{
	memset(target, 'A', malloc_usable_size(target) + 8);
	free_fn(target);
}

static void forged_copy(void)
{
	/* A real header copied elsewhere: the key binds it to its address. */
	memcpy(fake, (char *)target - 16, 16);
	free_fn(fake + 16);
}

/*
 * A freed small block's quick-list link made to point at a live 200-byte
 * block.  The link follows the two header words: the block's first word on
 * a 64-bit arch, the header's padding on a 32-bit one.
 */
static void quick_poison(void)
{
	unsigned char *live = malloc(200), *a = malloc(24), *volatile b;

	free_fn(a);
	memcpy((void *)((uintptr_t)a - 16 + 2 * sizeof(size_t)), &(unsigned char *){ live - 16 }, sizeof(void *));
	b = malloc(24);
	b = malloc(24);
	(void)b;
}

/*
 * A header leaked by a read past the end of the block before it: with the
 * old check, (addr ^ head ^ key) * K, the key is recovered from it and a
 * header made up for any address passes.
 */
static void forged_from_leak(void)
{
	const size_t k = (size_t)0x9e3779b97f4a7c15ull;
	size_t *h = (size_t *)target - 2, *f = (size_t *)fake, *g = f + 4, inv = k, key, i;

	/* Newton's iteration: the inverse of k modulo 2^(8 * sizeof k). */
	for (i = 0; i < 6; i++)
		inv *= 2 - k * inv;
	key = h[1] * inv ^ (size_t)h ^ h[0];
	/* Two chunks of 32 bytes: the one freed and the one after it. */
	f[0] = g[0] = 32 | 1;
	f[1] = ((size_t)f ^ f[0] ^ key) * k;
	g[1] = ((size_t)g ^ g[0] ^ key) * k;
	free_fn(fake + 16);
}

static void forged_free(void)
{
	/* A header for a free chunk, guessed without the key. */
	((size_t *)fake)[0] = 48;
	((size_t *)fake)[1] = 0;
	free_fn(fake + 16);
}

int main(void)
{
	/* volatile: the compiler may not drop a malloc whose block is unused. */
	unsigned char *p = malloc(64), *big = malloc(5000), *volatile guard = malloc(GUARD);
	unsigned char *q;
	int stack_obj[8] __attribute__((aligned(16)));

	target = p + 16;
	expect("free(): invalid pointer", target);
	check("free_interior", free_target);
	target = p + 1;
	expect("free(): invalid pointer", target);
	check("free_misaligned", free_target);
	target = stack_obj;
	expect("free(): invalid pointer", target);
	check("free_stack_object", free_target);
	target = p + 16;
	expect("realloc(): invalid pointer", target);
	check("realloc_interior", realloc_target);

	target = malloc(40);
	expect("free(): double free of", target);
	check("double_free_small", double_free_small);
	target = big;
	expect("free(): double free of", target);
	check("double_free_medium", double_free_small);
	q = malloc(3000);
	target = q;
	expect("free(): double free of", target);
	check("double_free_merged", double_free_small);
	target = malloc(24);
	guard = malloc(24);
	expect("heap overflow: the header after this block was overwritten:", target);
	check("overflow_into_next_header", overflow);
	target = malloc(1000);
	expect("free(): invalid pointer", fake + 16);
	check("forged_header_copy", forged_copy);
	check("forged_free_header", forged_free);
	target = malloc(24);
	expect("free(): invalid pointer", fake + 16);
	check("forged_from_leaked_header", forged_from_leak);
	target = NULL;
	check_any("quick_list_poisoned_link", quick_poison, "trapdoor malloc: corrupted quick list at 0x");

	/* None of it touched the parent's heap. */
	free(p);
	free(big);
	free(guard);
	p = malloc(100);
	t_true("parent_heap_fine", p != NULL, "malloc failed after the children's misuse");
	free(p);
	return t_done();
}
