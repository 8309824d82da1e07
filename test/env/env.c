/* environ, getenv, and the argc/argv/envp that start-up hands to main. */
#include <stdint.h>
#include "t.h"

/*
 * The call alignment, and where the frame address falls from it: x86_64's
 * is entry rsp - 8 (below the return address), aarch64's sp after the frame
 * record, both on the 16-byte boundary; i386's is entry esp - 4, which with
 * the return address below the boundary is 8 past one.
 */
#if defined(__i386__)
#define STACK_ALIGN 16
#define FRAME_MOD 8
#elif defined(__arm__)
/*
 * AAPCS asks 8 bytes at a public interface.  Thumb's frame address (r7) is
 * wherever the prologue leaves it, so an 8-byte local, which gcc places by
 * the alignment it assumes of sp, shows the alignment instead.
 */
#define STACK_ALIGN 8
#define FRAME_MOD 0
#define STACK_MARK() local_mark()
__attribute__((noinline)) static uintptr_t local_mark(void)
{
	volatile long long x = 0;

	return (uintptr_t)&x;
}
#else
#define STACK_ALIGN 16
#define FRAME_MOD 0
#endif
#ifndef STACK_MARK
#define STACK_MARK() (uintptr_t)__builtin_frame_address(0)
#endif

static int ctor_argc;
static uintptr_t ctor_frame;
static char **ctor_argv, **ctor_envp;

/* Start-up passes init functions main's three arguments, as glibc does. */
__attribute__((constructor)) static void record(int argc, char **argv, char **envp)
{
	ctor_argc = argc;
	ctor_argv = argv;
	ctor_envp = envp;
	ctor_frame = STACK_MARK();
}

int main(int argc, char **argv, char **envp)
{
	static char *fake[] = { "A=1", "PATHX=no", "PATH=/x:/y", "EMPTY=", "=bad", "B==two", NULL };
	char **saved = environ;
	int n = 0;

	/*
	 * The psABIs promise an aligned stack at every call, so the frame
	 * address sits at a fixed place from an alignment boundary.
	 */
	t_eq("stack_aligned_at_main", STACK_MARK() % STACK_ALIGN, FRAME_MOD);
	t_eq("stack_aligned_in_init_array", ctor_frame % STACK_ALIGN, FRAME_MOD);
	t_true("argc_positive", argc >= 1, "argc < 1");
	t_true("argv0_set", argv[0] && argv[0][0], "argv[0] missing or empty");
	t_true("argv_null_terminated", argv[argc] == NULL, "argv[argc] is not NULL");
	t_true("envp_follows_argv", envp == argv + argc + 1, "envp is not argv + argc + 1");
	t_true("environ_is_envp", environ == envp, "environ != main's envp");
	t_eq("init_array_gets_argc", ctor_argc, argc);
	t_true("init_array_gets_argv", ctor_argv == argv, "init function got another argv");
	t_true("init_array_gets_envp", ctor_envp == envp, "init function got another envp");
	for (char **e = environ; *e; e++)
		n += strchr(*e, '=') != NULL;
	t_true("environ_entries_have_equals", n > 0 || !environ[0], "an environ entry has no '='");

	environ = fake;
	t_str("getenv_first", getenv("A"), "1");
	t_str("getenv_not_a_prefix_match", getenv("PATH"), "/x:/y");
	t_str("getenv_empty_value", getenv("EMPTY"), "");
	t_str("getenv_value_with_equals", getenv("B"), "=two");
	t_true("getenv_missing_null", getenv("NOPE") == NULL, "getenv(\"NOPE\") matched");
	t_true("getenv_prefix_of_name_null", getenv("PAT") == NULL, "getenv(\"PAT\") matched PATH");
	t_true("getenv_longer_name_null", getenv("A1") == NULL, "getenv(\"A1\") matched A=1");
	t_true("getenv_empty_name_null", getenv("") == NULL, "getenv(\"\") matched \"=bad\"");
	t_true("getenv_name_with_equals_null", getenv("A=1") == NULL, "getenv(\"A=1\") matched");
	t_true("getenv_case_sensitive", getenv("a") == NULL, "getenv(\"a\") matched A=1");
	environ = NULL;
	t_true("getenv_null_environ", getenv("A") == NULL, "getenv with environ NULL matched");
	environ = saved;
	if (saved[0]) {
		char name[256];
		size_t len = strchr(saved[0], '=') - saved[0];
		memcpy(name, saved[0], len);
		name[len] = 0;
		t_true("getenv_real_environ", getenv(name) == saved[0] + len + 1,
		       "getenv of the first real variable did not return its value");
	} else {
		t_skip("getenv_real_environ", "the environment is empty");
	}
	return t_done();
}
