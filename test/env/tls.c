/*
 * Static TLS, small enough for the library's built-in block: .tdata copied,
 * .tbss zeroed, over-aligned variables aligned, every variable distinct from
 * the others, from the thread control block and from library data, and
 * errno-like use through a pointer.  Before start-up laid TLS out, x86_64's
 * variables overlapped the canary's TCB and aarch64's faulted.
 */
#include <stdio.h>
#include "t.h"
#include "tls.h"

__thread int tl_zero;
__thread long tl_init = 0x5a5a1234L;
_Thread_local char tl_str[12] = "thread";
_Alignas(64) __thread unsigned char tl_al64[3] = { 7, 8, 9 };
_Alignas(64) __thread unsigned char tl_al64z[64];
__thread int tl_errno;
__thread int tl_ctor;

__attribute__((constructor)) static void ctor(void)
{
	tl_ctor = 42;
}

/* The errno pattern: the variable reached through a function returning its address. */
__attribute__((noinline)) static int *errno_loc(void)
{
	return &tl_errno;
}

static int all_zero(const unsigned char *p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (p[i])
			return 0;
	return 1;
}

/* A protected frame (the tests build with -fstack-protector-strong) after the writes. */
__attribute__((noinline)) static int protected_frame(int n)
{
	char buf[32];

	snprintf(buf, sizeof buf, "%d", n);
	return (int)strlen(buf);
}

static void child_errno(void)
{
	*errno_loc() = 77;
	_exit(tl_errno == 77 ? 0 : 1);
}

int main(void)
{
	const struct tls_var v[] = {
		{ "tl_zero", &tl_zero, sizeof tl_zero },
		{ "tl_init", &tl_init, sizeof tl_init },
		{ "tl_str", tl_str, sizeof tl_str },
		{ "tl_al64", tl_al64, sizeof tl_al64 },
		{ "tl_al64z", tl_al64z, sizeof tl_al64z },
		{ "tl_errno", &tl_errno, sizeof tl_errno },
		{ "tl_ctor", &tl_ctor, sizeof tl_ctor },
	};
	const size_t n = sizeof v / sizeof v[0];
	uintptr_t guard = __stack_chk_guard;
	char **env = environ;
	int lib_data_apart = 1, status;

	t_eq("tdata_long", tl_init, 0x5a5a1234L);
	t_str("tdata_string", tl_str, "thread");
	t_eq("tdata_aligned_bytes", tl_al64[0] * 10000 + tl_al64[1] * 100 + tl_al64[2], 70809);
	t_eq("tbss_int_zero", tl_zero, 0);
	t_true("tbss_aligned_array_zero", all_zero(tl_al64z, sizeof tl_al64z), "a byte is not 0");
	t_eq("tdata_aligned_64", (uintptr_t)tl_al64 % 64, 0);
	t_eq("tbss_aligned_64", (uintptr_t)tl_al64z % 64, 0);
	t_true("variables_disjoint", tls_disjoint(v, n), "two variables share a byte");
	t_true("variables_where_tp_says", tls_where_tp_says(v, n),
	       "a variable is outside the block the thread pointer designates");
	t_true("tcb_intact", tls_tcb_intact(), "TP's self pointer or canary is wrong");
	t_eq("constructor_wrote_tls", tl_ctor, 42);
	t_true("builtin_block_in_image", tl_al64z >= (unsigned char *)__executable_start &&
	       tl_al64z + sizeof tl_al64z <= (unsigned char *)_end,
	       "a small TLS block should sit in the library's static storage");

	for (size_t i = 0; i < n; i++)
		lib_data_apart &= !tls_overlap(v[i].addr, v[i].size, &errno, sizeof errno) &&
				  !tls_overlap(v[i].addr, v[i].size, &__stack_chk_guard, sizeof guard) &&
				  !tls_overlap(v[i].addr, v[i].size, &environ, sizeof environ);
	t_true("apart_from_library_data", lib_data_apart, "a variable overlaps errno, the canary or environ");

	/* Every byte written: nothing of the library's may change. */
	tl_zero = -1, tl_init = -1, tl_errno = -1, tl_ctor = -1;
	memset(tl_str, 0xa5, sizeof tl_str);
	memset(tl_al64, 0xa5, sizeof tl_al64);
	memset(tl_al64z, 0xa5, sizeof tl_al64z);
	t_true("canary_kept_after_writes", __stack_chk_guard == guard && tls_tcb_intact(),
	       "writing thread-locals changed the canary or the TCB");
	t_true("environ_kept_after_writes", environ == env, "environ moved");
	errno = EDOM;
	t_true("errno_apart_after_writes", errno == EDOM && tl_errno == -1, "errno and tl_errno alias");
	t_eq("protected_frame_returns", protected_frame(12345), 5);
	t_eq("tbss_readback", tl_zero + (int)tl_init + tl_al64z[63], -2 + 0xa5);

	*errno_loc() = 5;
	t_eq("errno_like_write_through_pointer", tl_errno, 5);
	tl_errno = 9;
	t_eq("errno_like_read_through_pointer", *errno_loc(), 9);
	status = t_in_child(child_errno);
	T_EXITED("errno_like_in_forked_child", status, 0);
	t_eq("errno_like_parent_copy_kept", tl_errno, 9);
	return t_done();
}
