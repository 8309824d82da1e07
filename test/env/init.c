/*
 * Start-up and exit order: .preinit_array, then .init_array by priority
 * (constructor(101) before constructor(102) before plain constructors), then
 * main; at exit the atexit handlers, last registered first, then .fini_array
 * backwards (plain destructors, then destructor(102), then destructor(101)).
 * A child prints one line per step and the parent compares the whole text.
 */
#include "t.h"

static char init_log[256];
static size_t init_len;
static int in_child;

/* Exit-time lines come from the child only, not from the parent's own exit. */
static void say(const char *s)
{
	if (in_child)
		t_out(s);
}

static void note(const char *s)
{
	size_t n = strlen(s);

	memcpy(init_log + init_len, s, n);
	init_len += n;
}

static void preinit(int argc, char **argv, char **envp)
{
	(void)argc, (void)argv, (void)envp;
	note("preinit\n");
}
__attribute__((section(".preinit_array"), used))
static void (*const preinit_entry)(int, char **, char **) = preinit;

static void at_ctor(void)
{
	say("atexit from constructor\n");
}

__attribute__((constructor(102))) static void ctor102(void)
{
	note("constructor 102\n");
}

__attribute__((constructor(101))) static void ctor101(void)
{
	note("constructor 101\n");
}

__attribute__((constructor)) static void ctor(void)
{
	note("constructor\n");
	atexit(at_ctor);
}

__attribute__((destructor(101))) static void dtor101(void)
{
	say("destructor 101\n");
}

__attribute__((destructor(102))) static void dtor102(void)
{
	say("destructor 102\n");
}

__attribute__((destructor)) static void dtor(void)
{
	say("destructor\n");
}

static void at1(void)
{
	say("atexit 1\n");
}

static void at2(void)
{
	say("atexit 2\n");
}

static void child(void)
{
	in_child = 1;
	t_out(init_log);
	t_out("main\n");
	atexit(at1);
	atexit(at2);
	exit(0);
}

static const char want[] =
	"preinit\nconstructor 101\nconstructor 102\nconstructor\nmain\n"
	"atexit 2\natexit 1\natexit from constructor\n"
	"destructor\ndestructor 102\ndestructor 101\n";

int main(int argc, char **argv)
{
	char out[512];
	int status;

	if (argc > 1 && !strcmp(argv[1], "--child"))
		child();
	status = t_capture(child, out, sizeof out);
	T_EXITED("forked_child_status", status, 0);
	t_str("forked_child_init_fini_order", out, want);

	if (!t_can_exec_self()) {
		t_skip("fresh_process_init_fini_order", "exec of a target binary needs binfmt_misc under qemu");
		return t_done();
	}
	int p[2];
	pipe(p);
	pid_t pid = fork();
	if (pid == 0) {
		char *args[] = { argv[0], "--child", NULL };
		dup2(p[1], STDOUT_FILENO);
		execve(argv[0], args, environ);
		_exit(127);
	}
	close(p[1]);
	t_read_all(p[0], out, sizeof out);
	status = t_wait(pid);
	T_EXITED("fresh_process_status", status, 0);
	t_str("fresh_process_init_fini_order", out, want);
	return t_done();
}
