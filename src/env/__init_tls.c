#include <stdint.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/mman.h>
#include <unistd.h>
#include "libc.h"
#include "phdr.h"
#include "syscall.h"
#include "tls_arch.h"

/*
 * The one static TLS block and its thread control block, laid out as the
 * arch's hook (arch/<arch>/tls_arch.h) says:
 *
 *   TLS_VARIANT 2   the block ends at the thread pointer (TP), rounded up to
 *                   its alignment; the TCB's TLS_TCB_SIZE bytes start at TP.
 *   TLS_VARIANT 1   the TCB's TLS_TCB_SIZE bytes start at TP and the block at
 *                   TP + TLS_TCB_SIZE rounded up to the block's alignment,
 *                   minus TLS_TP_BIAS where the ABI biases TP (0x7000 on
 *                   ppc64 and mips, so that signed 16-bit offsets reach
 *                   further into the block).
 *   TLS_TP_SELF        the TCB's first word holds TP itself.
 *   TLS_CANARY_OFFSET  the compiler reads the stack protector's canary at
 *                      TP + this, not from __stack_chk_guard.
 *
 * The offsets the linker gave the program's variables assume exactly this.
 */
#ifndef TLS_TP_BIAS
#define TLS_TP_BIAS 0
#endif

/* TP itself is kept at least this aligned, for the TCB's words. */
#define TCB_ALIGN (2 * sizeof(void *))
/* Variant I aligns the block, and TP with it: the offset between must keep TP aligned. */
_Static_assert(TLS_VARIANT == 2 || (TLS_TCB_SIZE % TCB_ALIGN == 0 && TLS_TP_BIAS % TCB_ALIGN == 0),
	       "tls_arch.h: TLS_TCB_SIZE and TLS_TP_BIAS must be multiples of TCB_ALIGN");

/* Most programs' thread-locals and the TCB fit here; more is mapped. */
static uintptr_t builtin_tls[512 / sizeof(uintptr_t)];

struct tls_image {
	const unsigned char *data;
	size_t filesz, memsz, align;
};

/* The program's PT_TLS segment, or an empty one: the TCB is needed anyway. */
static struct tls_image find_tls(void)
{
	const unsigned char *ph = (const unsigned char *)__getauxval(AT_PHDR);
	size_t phent = __getauxval(AT_PHENT), phnum = __getauxval(AT_PHNUM);
	struct tls_image img = { 0, 0, 0, 1 };
	const Phdr *tls = 0;
	uintptr_t bias = 0;

	for (size_t i = 0; ph && i < phnum; i++) {
		const Phdr *p = (const Phdr *)(ph + i * phent);
		if (p->p_type == PT_PHDR)
			bias = (uintptr_t)ph - p->p_vaddr;
		else if (p->p_type == PT_TLS)
			tls = p;
	}
	if (tls) {
		img.data = (const unsigned char *)(uintptr_t)(tls->p_vaddr + bias);
		img.filesz = tls->p_filesz;
		img.memsz = tls->p_memsz;
		if (tls->p_align > 1)
			img.align = tls->p_align;
	}
	return img;
}

static uintptr_t align_up(uintptr_t x, size_t a)
{
	return (x + a - 1) & -(uintptr_t)a;
}

/* Fresh memory: static or mapped, it reads as zeros, which is .tbss's value. */
static unsigned char *tls_memory(size_t size)
{
	static const char msg[] = "trapdoor: no memory for thread-local storage\n";
	long p;

	if (size <= sizeof builtin_tls)
		return (unsigned char *)builtin_tls;
#ifdef SYS_mmap2
	p = __syscall(SYS_mmap2, 0, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
#else
	p = __syscall_mmap(0, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
#endif
	if (!__syscall_failed(p))
		return (unsigned char *)p;
	__syscall(SYS_write, STDERR_FILENO, msg, sizeof msg - 1);
	__syscall(SYS_exit_group, 127);
	__builtin_unreachable();
}

void __init_tls(void)
{
	struct tls_image img = find_tls();
	size_t tp_align = img.align > TCB_ALIGN ? img.align : TCB_ALIGN;
	intptr_t block, anchor, lo, hi;
	unsigned char *tp;

	/*
	 * TP-relative: where the block starts, what must sit on a multiple of
	 * the alignment (TP in variant II, the block in variant I, which differ
	 * when TP is biased), and the extent of everything TP must reach.
	 */
#if TLS_VARIANT == 2
	block = -(intptr_t)align_up(img.memsz, img.align);
	anchor = 0;
#else
	block = (intptr_t)align_up(TLS_TCB_SIZE, img.align) - TLS_TP_BIAS;
	anchor = block;
#endif
	lo = block;
	hi = block + (intptr_t)img.memsz;
	/* TP itself needs memory only for a TCB there (ppc64 and mips have none). */
	if (TLS_TCB_SIZE && lo > 0)
		lo = 0;
	if (TLS_TCB_SIZE && hi < TLS_TCB_SIZE)
		hi = TLS_TCB_SIZE;
#ifdef TLS_CANARY_OFFSET
	if (TLS_CANARY_OFFSET < lo)
		lo = TLS_CANARY_OFFSET;
	if (TLS_CANARY_OFFSET + (intptr_t)sizeof(uintptr_t) > hi)
		hi = TLS_CANARY_OFFSET + sizeof(uintptr_t);
#endif
	tp = tls_memory(hi - lo + tp_align - 1) - lo;
	tp = (unsigned char *)(align_up((uintptr_t)tp + anchor, tp_align) - anchor);

#ifdef TLS_TP_SELF
	*(void **)tp = tp;
#endif
#ifdef TLS_CANARY_OFFSET
	*(uintptr_t *)(tp + TLS_CANARY_OFFSET) = __stack_chk_guard;
#endif
	__set_thread_pointer(tp);
	/* From here on protected code finds the canary where it looks for it. */
	if (img.filesz)
		memcpy(tp + block, img.data, img.filesz);
}
