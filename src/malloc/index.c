/*
 * The two-level segregated-fit index of free chunks (see DESIGN.md): lists
 * by size, bitmaps of the non-empty ones, the chunk state changes that move
 * chunks in and out, and the trim pass that gives free pages back.
 */
#include "malloc_impl.h"

/* Free chunks at least this long give their inner pages back. */
#define RELEASE_RUN ((size_t)1 << 20)
/* Chunks of a request's own list tried before the next list up. */
#define EXACT_LIST_SCAN 8
/* Released ranges whose re-use the next trim pass measures. */
#define RELEASE_SAMPLES 8

static unsigned log2_floor(size_t s)
{
	return sizeof(long long) * 8 - 1 - __builtin_clzll(s);
}

static void mapping(size_t s, unsigned *fl, unsigned *sl)
{
	unsigned f;

	if (s < (size_t)1 << FL_SHIFT) {
		*fl = 0;
		*sl = s / CHUNK_ALIGN;
		return;
	}
	f = log2_floor(s);
	*fl = f - FL_SHIFT + 1;
	*sl = (s >> (f - SL_BITS)) & (SL_COUNT - 1);
}

static void bin_insert(struct chunk *c, size_t size)
{
	unsigned fl, sl;
	struct chunk *h;

	mapping(size, &fl, &sl);
	h = __heap.bins[fl][sl];
	c->next = h;
	c->prev = 0;
	if (h)
		h->prev = c;
	__heap.bins[fl][sl] = c;
	__heap.fl_map |= 1ull << fl;
	__heap.sl_map[fl] |= 1u << sl;
}

void __heap_unlink(struct chunk *c, size_t size)
{
	unsigned fl, sl;
	struct chunk *n = c->next, *p = c->prev;

	mapping(size, &fl, &sl);
	if ((n && n->prev != c) || (p ? p->next != c : __heap.bins[fl][sl] != c))
		__heap_fail("corrupted free list at", c);
	if (n)
		n->prev = p;
	if (p) {
		p->next = n;
	} else if (!(__heap.bins[fl][sl] = n)) {
		__heap.sl_map[fl] &= ~(1u << sl);
		if (!__heap.sl_map[fl])
			__heap.fl_map &= ~(1ull << fl);
	}
}

static void set_prev_bits(struct chunk *n, size_t bits)
{
	if ((char *)n != __heap.top && (n->head & C_PREV_BITS) != bits)
		chunk_set(n, (n->head & ~(size_t)C_PREV_BITS) | bits);
}

/* Make [c, c + size) a free chunk in the index; its predecessor is in use. */
void __heap_make_free(struct chunk *c, size_t size, size_t clean)
{
	chunk_set(c, size);
	if (size > CHUNK_MIN) {
		*clean_word(c) = clean;
		((size_t *)((char *)c + size))[-1] = size;
	}
	set_prev_bits(chunk_next(c, size), size > CHUNK_MIN ? C_PREV_FREE : C_PREV_BITS);
	bin_insert(c, size);
}

/* Give c, in use with head h, size bytes of it, and free the rest; clean
 * bytes of it had been given back (they are taken as lying in front). */
void __heap_use(struct chunk *c, size_t h, size_t size, size_t clean)
{
	size_t have = chunk_size(h), rest = have - size;
	size_t rest_clean = clean > size ? clean - size : 0;

	if (rest >= CHUNK_MIN) {
		chunk_set(c, size | C_INUSE | (h & C_PREV_BITS));
		__heap_make_free(chunk_next(c, size), rest, rest_clean);
	} else {
		chunk_set(c, have | C_INUSE | (h & C_PREV_BITS));
		set_prev_bits(chunk_next(c, have), 0);
	}
}

/* A chunk of at least size bytes from the index, or 0. */
struct chunk *__heap_fit(size_t size)
{
	unsigned fl, sl, n;
	uint32_t sm;
	uint64_t fm;
	struct chunk *c;

	/*
	 * A chunk of size's own list may fit: the first few are tried, so that
	 * a block freed and asked for again at the same size is reused rather
	 * than cut anew.  Otherwise round up to the next list, where every
	 * chunk fits.
	 */
	mapping(size, &fl, &sl);
	if (fl >= FL_COUNT)
		return 0;
	for (c = __heap.bins[fl][sl], n = 0; c && n < EXACT_LIST_SCAN; c = c->next, n++)
		if (chunk_size(c->head) >= size)
			goto found;
	if (size >= (size_t)1 << FL_SHIFT)
		mapping(size + ((size_t)1 << (log2_floor(size) - SL_BITS)) - 1, &fl, &sl);
	if (fl >= FL_COUNT)
		return 0;
	sm = __heap.sl_map[fl] & (~0u << sl);
	if (!sm) {
		fm = fl + 1 < FL_COUNT ? __heap.fl_map & (~0ull << (fl + 1)) : 0;
		if (!fm)
			return 0;
		fl = __builtin_ctzll(fm);
		sm = __heap.sl_map[fl];
	}
	sl = __builtin_ctz(sm);
	c = __heap.bins[fl][sl];
found:
	if (!chunk_ok(c) || c->head & C_INUSE)
		__heap_fail("corrupted free chunk at", c);
	__heap_unlink(c, chunk_size(c->head));
	__heap_use(c, chunk_size(c->head) | C_INUSE, size, clean_of(c, chunk_size(c->head)));
	return c;
}

/*
 * The ranges the last trim pass gave back, as a sample: at the next pass,
 * the share of their bytes that is resident again says whether the program
 * touched that memory again in between, paying a fault per page.
 */
static struct {
	char *from, *to;
} sample[RELEASE_SAMPLES];
static unsigned samples;
static size_t sampled;

static void release(char *from, char *to)
{
	size_t n = __heap_release(from, to);

	__heap.released += n;
	if (n && samples < RELEASE_SAMPLES) {
		sample[samples].from = from;
		sample[samples++].to = to;
		sampled += n;
	}
}

/*
 * When half of what was given back came back, the program frees and
 * re-allocates the same memory in a loop: from now on keep as much as was
 * given back since the keep last grew, rather than pay the faults again.
 */
static void measure(void)
{
	size_t back = 0, r, keep;
	unsigned i;

	for (i = 0; i < samples; i++) {
		r = __heap_resident(sample[i].from, sample[i].to);
		if (r == (size_t)-1)
			break;
		back += r;
	}
	if (i == samples && samples && back * 2 >= sampled) {
		keep = __heap.trim_keep * 2;
		if (keep < __heap.released)
			keep = __heap.released;
		__heap.trim_keep = keep < TRIM_KEEP_MAX ? keep : TRIM_KEEP_MAX;
		__heap.released = 0;
	}
	samples = 0;
	sampled = 0;
}

/* Give back what lies free beyond the keep: the top's tail, long free runs. */
void __heap_trim(void)
{
	char *from = __heap.top + page_up(__heap.trim_keep);
	char *to = __heap.released_from < __heap.end ? __heap.released_from : __heap.end;
	size_t run, size, clean;
	unsigned fl, sl, f0, s0;
	struct chunk *c;

	__heap.freed_since_trim = 0;
	measure();
	if (to > from && (size_t)(to - from) >= __heap.trim_keep) {
		/* Beyond fresh nothing was ever written: no page to look for. */
		release(from, to < __heap.fresh ? to : __heap.fresh);
		__heap.top_clean += to - from;
		__heap.released_from = from;
	}
	/* Runs inside the heap are held to twice the keep: the same hysteresis. */
	run = RELEASE_RUN > 2 * __heap.trim_keep ? RELEASE_RUN : 2 * __heap.trim_keep;
	mapping(run, &f0, &s0);
	for (fl = f0; fl < FL_COUNT; fl++) {
		if (!(__heap.fl_map >> fl & 1))
			continue;
		for (sl = fl == f0 ? s0 : 0; sl < SL_COUNT; sl++)
			for (c = __heap.bins[fl][sl]; c; c = c->next) {
				size = chunk_size(c->head);
				clean = *clean_word(c);
				if (size < run || size - clean < RELEASE_RUN)
					continue;
				release((char *)(clean_word(c) + 1), (char *)c + size - sizeof(size_t));
				*clean_word(c) = size;
			}
	}
}
