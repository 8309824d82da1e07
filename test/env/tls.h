/*
 * What the tests of static TLS know of each arch's TLS ABI, stated here
 * independently of the library's arch/<arch>/tls_arch.h:
 *
 *   TP_VARIANT_II     the block lies below the thread pointer (TP), ending at it
 *   TP_FIRST_OFFSET   variant I: the lowest TP-relative offset of a variable
 *                     (after the TCB, or below a biased TP)
 *   TP_SELF           the word at TP holds TP
 *   CANARY_AT_TP      the compiler reads the stack-protector canary at TP + this
 */
#include <stdint.h>

#if defined(__x86_64__) || defined(__s390x__)
#define TP_VARIANT_II
#define CANARY_AT_TP 0x28
#elif defined(__i386__)
#define TP_VARIANT_II
#define CANARY_AT_TP 0x14
#elif defined(__aarch64__)
#define TP_FIRST_OFFSET 16
#elif defined(__arm__)
#define TP_FIRST_OFFSET 8
#elif defined(__riscv)
#define TP_FIRST_OFFSET 0
#elif defined(__powerpc64__)
#define TP_FIRST_OFFSET (-0x7000)
#define CANARY_AT_TP (-0x7010)
#elif defined(__mips__)
#define TP_FIRST_OFFSET (-0x7000)
#else
#error "test/env/tls.h: state this arch's TLS ABI"
#endif
#if defined(__x86_64__) || defined(__i386__)
#define TP_SELF
#endif

extern uintptr_t __stack_chk_guard;
/* The linker's bounds of the program image, .bss included. */
extern const char __executable_start[], _end[];

static inline char *tls_tp(void)
{
#ifdef __powerpc64__
	char *tp;
	__asm__("mr %0, 13" : "=r"(tp));
	return tp;
#elif defined(__mips__)
	char *tp;
	__asm__(".set push\n\t.set mips32r2\n\trdhwr %0, $29\n\t.set pop" : "=r"(tp));
	return tp;
#else
	return __builtin_thread_pointer();
#endif
}

struct tls_var {
	const char *name;
	const void *addr;
	size_t size;
};

static inline int tls_overlap(const void *a, size_t an, const void *b, size_t bn)
{
	uintptr_t x = (uintptr_t)a, y = (uintptr_t)b;

	return x < y + bn && y < x + an;
}

/* Every variable where the arch's ABI puts the block relative to TP. */
static inline int tls_where_tp_says(const struct tls_var *v, size_t n)
{
	uintptr_t tp = (uintptr_t)tls_tp();

	for (size_t i = 0; i < n; i++) {
		uintptr_t a = (uintptr_t)v[i].addr;
#ifdef TP_VARIANT_II
		if (a + v[i].size > tp || tp - a > 1 << 20)
			return 0;
#else
		if (a < tp + TP_FIRST_OFFSET || a - (tp + TP_FIRST_OFFSET) > 1 << 20)
			return 0;
#endif
	}
	return 1;
}

/* No two variables share a byte. */
static inline int tls_disjoint(const struct tls_var *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n; j++)
			if (tls_overlap(v[i].addr, v[i].size, v[j].addr, v[j].size))
				return 0;
	return 1;
}

/* The TCB's words: TP itself where the ABI wants it, the canary where the compiler reads it. */
static inline int tls_tcb_intact(void)
{
	char *tp = tls_tp();

#ifdef TP_SELF
	if (*(char **)tp != tp)
		return 0;
#endif
#ifdef CANARY_AT_TP
	if (*(uintptr_t *)(tp + CANARY_AT_TP) != __stack_chk_guard)
		return 0;
#endif
	return tp != 0;
}
