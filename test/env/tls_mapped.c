/*
 * Static TLS too large for the library's built-in block, so mapped at start-up:
 * a page-aligned initialised variable and 64 KB of zeroed ones.
 */
#include "t.h"
#include "tls.h"

_Alignas(4096) __thread unsigned char tl_page[4096] = { 1, 2, 3 };
__thread unsigned char tl_big[64 * 1024];
__thread int tl_small = -7;

static int all_bytes(const unsigned char *p, size_t n, unsigned char want)
{
	for (size_t i = 0; i < n; i++)
		if (p[i] != want)
			return 0;
	return 1;
}

int main(void)
{
	const struct tls_var v[] = {
		{ "tl_page", tl_page, sizeof tl_page },
		{ "tl_big", tl_big, sizeof tl_big },
		{ "tl_small", &tl_small, sizeof tl_small },
	};
	const size_t n = sizeof v / sizeof v[0];

	t_eq("tdata_page_head", tl_page[0] * 100 + tl_page[1] * 10 + tl_page[2], 123);
	t_true("tdata_page_tail_zero", all_bytes(tl_page + 3, sizeof tl_page - 3, 0), "a byte is not 0");
	t_eq("tdata_int", tl_small, -7);
	t_true("tbss_64k_zero", all_bytes(tl_big, sizeof tl_big, 0), "a byte is not 0");
	t_eq("aligned_4096", (uintptr_t)tl_page % 4096, 0);
	t_true("variables_disjoint", tls_disjoint(v, n), "two variables share a byte");
	t_true("variables_where_tp_says", tls_where_tp_says(v, n),
	       "a variable is outside the block the thread pointer designates");
	t_true("tcb_intact", tls_tcb_intact(), "TP's self pointer or canary is wrong");
#if defined(SYS_mmap) && SYS_mmap < 0
	/* A kernel without mmap (test.mak's absent.h): Hermit's shim maps static storage. */
	t_skip("mapped_block_outside_image", "ENOSYS: no mmap, the kernel's shim maps static storage");
#else
	t_true("mapped_block_outside_image",
	       tl_big + sizeof tl_big <= (unsigned char *)__executable_start ||
	       tl_big >= (unsigned char *)_end,
	       "a large TLS block should be mapped, not in static storage");
#endif

	memset(tl_big, 0x5a, sizeof tl_big);
	memset(tl_page, 0x5a, sizeof tl_page);
	tl_small = 0x5a;
	t_true("tcb_intact_after_writes", tls_tcb_intact(), "writing thread-locals changed the TCB");
	t_true("readback", all_bytes(tl_big, sizeof tl_big, 0x5a) && all_bytes(tl_page, sizeof tl_page, 0x5a) &&
	       tl_small == 0x5a, "a written byte changed");
	return t_done();
}
