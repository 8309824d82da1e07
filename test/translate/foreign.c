/*
 * A program of another kernel, for test/check-translate.sh: built with
 * nothing but the arch's trap and a scrambled numbering (SYS_* from a
 * table whose numbers collide with Linux's), so that it only works when
 * td-translate maps every one of its calls, in every process it makes.
 *
 *   foreign MODE   write, unknown, fork, exec, fork-exec, signal, exec-child
 *
 * LINUX_GETPID (the Linux number of getpid, left out of the scrambled table)
 * and FOREIGN_ONLY (a number whose name Linux lacks) come from the script.
 */
#include <errno.h>
#include <signal.h>
#include "syscall_arch.h"
#include "crt_arch.h"

static unsigned long len(const char *s)
{
	unsigned long n = 0;
	while (s[n])
		n++;
	return n;
}

static void say(const char *s)
{
	__syscall3(SYS_write, 1, (long)s, (long)len(s));
}

static void say_num(long v)
{
	char buf[24], *p = buf + sizeof buf;
	unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v;

	*--p = 0;
	do
		*--p = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		*--p = '-';
	say(p);
}

static void say_errno(long r)
{
	if (r == -ENOSYS)
		say("ENOSYS");
	else
		say_num(r);
}

static _Noreturn void leave(int code)
{
	for (;;)
		__syscall1(SYS_exit_group, code);
}

static long spawn(void)
{
#ifdef SYS_fork
	return __syscall0(SYS_fork);
#elif defined(__s390x__)
	return __syscall5(SYS_clone, 0, SIGCHLD, 0, 0, 0);
#else
	return __syscall5(SYS_clone, SIGCHLD, 0, 0, 0, 0);
#endif
}

static void exec_child(void)
{
	static char *const argv[] = { "foreign", "exec-child", 0 };
	static char *const envp[] = { 0 };
	long r;

#ifdef SYS_execve
	r = __syscall3(SYS_execve, (long)"/proc/self/exe", (long)argv, (long)envp);
#else
	r = -ENOSYS;
#endif
	say("execve failed ");
	say_num(r);
	say("\n");
	leave(99);
}

/* The child's wait status as "exit N" or "signal N". */
static void report(long pid)
{
	int status = 0;
	long r = __syscall4(SYS_wait4, pid, (long)&status, 0, 0);

	if (r != pid) {
		say("wait4 ");
		say_num(r);
	} else if ((status & 0x7f) == 0) {
		say("exit ");
		say_num((status >> 8) & 0xff);
	} else {
		say("signal ");
		say_num(status & 0x7f);
	}
	say("\n");
}

static int is(const char *a, const char *b)
{
	while (*a && *a == *b)
		a++, b++;
	return *a == *b;
}

static void run(const char *mode)
{
	long pid;

	if (is(mode, "write")) {
		say("translated\n");
		leave(42);
	} else if (is(mode, "unknown")) {
		say_errno(__syscall0(LINUX_GETPID));
		say(" ");
		say_errno(__syscall0(FOREIGN_ONLY));
		say("\n");
	} else if (is(mode, "fork") || is(mode, "fork-exec")) {
		pid = spawn();
		if (pid == 0) {
			if (is(mode, "fork-exec"))
				exec_child();
			say("child\n");
			leave(7);
		}
		report(pid);
	} else if (is(mode, "exec")) {
		exec_child();
	} else if (is(mode, "exec-child")) {
		say("exec'd image\n");
		leave(5);
	} else if (is(mode, "signal")) {
		__syscall2(SYS_kill, __syscall0(SYS_getpid), SIGTERM);
		say("survived SIGTERM\n");
	}
}

void __start_c(long *sp)
{
	if (sp[0] > 1)
		run((const char *)sp[2]);
	leave(0);
}
