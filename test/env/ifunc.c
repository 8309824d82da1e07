/*
 * GNU indirect functions in a static program (docs/internals.md): the
 * start-up runs each resolver before constructors and main (once per
 * relocation: ppc64le's TOC entry for a pointer is one more), with
 * AT_HWCAP as its first argument, thread-locals and the environment
 * already in place; calls and pointers then reach what it chose.
 */
#include <sys/auxv.h>
#include "t.h"

#ifdef __mips__
int main(void)
{
	t_skip("ifunc", "gcc 12 has no ifunc attribute for mips");
	return t_done();
}
#else
static int resolved, resolved_before_ctor, tls_seen = -1, hwcap_matches = -1;
static __thread int tls_word = 7;

static int answer_seven(int x)
{
	return 7 * x;
}

static int answer_eleven(int x)
{
	return 11 * x;
}

/* Chooses by what it is handed, so that a wrong argument shows in the answer. */
typedef int answer_fn(int);
typedef const char *name_fn(void);

static answer_fn *resolve_answer(unsigned long hwcap)
{
	resolved++;
	tls_seen = tls_word;
	hwcap_matches = hwcap == getauxval(AT_HWCAP);
	return hwcap_matches ? answer_eleven : answer_seven;
}

int answer(int x) __attribute__((ifunc("resolve_answer")));

/* A second one in the same table, resolved independently. */
static const char *name_of(void)
{
	return "second";
}

static name_fn *resolve_name(void)
{
	return name_of;
}

const char *ifunc_name(void) __attribute__((ifunc("resolve_name")));

__attribute__((constructor)) static void ctor(void)
{
	resolved_before_ctor = resolved;
}

#if defined(__x86_64__) || defined(__i386__)
/* gcc's own resolver (libgcc's CPU model): each clone computes the same. */
__attribute__((target_clones("default", "avx2"), noinline)) static int sum_to(int n)
{
	int s = 0;

	for (int i = 1; i <= n; i++)
		s += i;
	return s;
}
#endif

int main(void)
{
	int (*volatile fp)(int) = answer;

	t_true("resolver_ran", resolved >= 1, "never called");
	t_eq("resolved_before_constructors", resolved_before_ctor, resolved);
	t_eq("resolver_saw_thread_local", tls_seen, 7);
	t_eq("resolver_got_at_hwcap", hwcap_matches, 1);
	t_eq("call_reaches_choice", answer(3), 33);
	t_eq("pointer_reaches_choice", fp(5), 55);
	t_str("second_ifunc", ifunc_name(), "second");
	t_eq("not_resolved_again", resolved, resolved_before_ctor);
#if defined(__x86_64__) || defined(__i386__)
	t_eq("target_clones", sum_to(100), 5050);
#else
	t_skip("target_clones", "gcc 12 clones functions for x86 only");
#endif
	return t_done();
}
#endif
