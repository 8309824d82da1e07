/*
 * td-translate [--from TABLE] [--to TABLE] [--] PROG [ARG]...
 *
 * Runs PROG, a static program built with another kernel's syscall numbering
 * (TABLE --from, "name number" lines as in arch/<arch>/syscall.tbl), on
 * Linux: at every syscall entry of PROG and of every process it forks,
 * vforks, clones or execs, the foreign number is replaced by the Linux
 * number of the same name (TABLE --to).  A number the foreign table does not
 * know, or a name Linux does not have, is not run: the call returns -ENOSYS.
 * Only numbers are mapped; a kernel whose arguments differ is adapted inside
 * the library.  Exits with PROG's exit status, or dies of PROG's signal.
 *
 * ptrace, not seccomp: see docs/porting.md, "Running a port's suite through
 * td-translate".  Host tool, built with the host compiler and libc.
 */
#define _GNU_SOURCE
#include <elf.h>
#include <errno.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/uio.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef TD_FROM
#error "TD_FROM: the default foreign table, from the Makefile"
#endif
#ifndef TD_TO
#error "TD_TO: the default Linux table, from the Makefile"
#endif

struct entry {
	char name[64];
	long nr;
};

struct table {
	struct entry *e;
	size_t n;
};

/* One foreign number and what it becomes: a Linux number, or -1 (ENOSYS). */
struct map {
	long from, to;
};

static struct map *maps;
static size_t nmaps;

static void die(const char *fmt, const char *a, const char *b)
{
	fprintf(stderr, "td-translate: ");
	fprintf(stderr, fmt, a, b);
	fputc('\n', stderr);
	exit(125);
}

/* Reads a table as tools/mksyscalls does: a malformed line is an error. */
static struct table load(const char *path)
{
	struct table t = { 0 };
	size_t cap = 0;
	char line[256], name[64], extra[2];
	unsigned long nr;
	int lineno = 0;
	FILE *f = fopen(path, "r");

	if (!f)
		die("%s: %s", path, strerror(errno));
	while (fgets(line, sizeof line, f)) {
		char *p = line + strspn(line, " \t");
		lineno++;
		if (*p == '#' || *p == '\n' || !*p)
			continue;
		if (sscanf(p, "%63[a-z0-9_] %lu %1s", name, &nr, extra) != 2 || nr > 0x7fffffff) {
			char where[32];
			snprintf(where, sizeof where, "%d", lineno);
			die("%s:%s: expected \"name number\"", path, where);
		}
		if (t.n == cap) {
			cap = cap ? 2 * cap : 512;
			t.e = realloc(t.e, cap * sizeof *t.e);
			if (!t.e)
				die("%s: %s", path, strerror(ENOMEM));
		}
		strcpy(t.e[t.n].name, name);
		t.e[t.n++].nr = (long)nr;
	}
	fclose(f);
	return t;
}

static int by_from(const void *a, const void *b)
{
	const struct map *x = a, *y = b;
	return (x->from > y->from) - (x->from < y->from);
}

/* Pairs every foreign number with the Linux number of its name. */
static void build_map(const struct table *from, const struct table *to)
{
	maps = calloc(from->n ? from->n : 1, sizeof *maps);
	if (!maps)
		die("%s%s", strerror(ENOMEM), "");
	for (size_t i = 0; i < from->n; i++) {
		maps[nmaps].from = from->e[i].nr;
		maps[nmaps].to = -1;
		for (size_t j = 0; j < to->n; j++)
			if (!strcmp(from->e[i].name, to->e[j].name))
				maps[nmaps].to = to->e[j].nr;
		nmaps++;
	}
	qsort(maps, nmaps, sizeof *maps, by_from);
}

static long translate(unsigned long nr)
{
	struct map key = { (long)nr, 0 }, *m;

	if (nr > 0x7fffffff)
		return -1;
	m = bsearch(&key, maps, nmaps, sizeof *maps, by_from);
	return m ? m->to : -1;
}

/*
 * The number register and the result register at a syscall-entry stop.
 * Number -1 makes the kernel skip the call and return what the result
 * register holds, so an unknown call gets -ENOSYS without running.
 */
#if defined(__x86_64__)
static int set_nr(pid_t tid, long nr)
{
	return ptrace(PTRACE_POKEUSER, tid, offsetof(struct user_regs_struct, orig_rax), nr);
}

static int set_result(pid_t tid, long r)
{
	return ptrace(PTRACE_POKEUSER, tid, offsetof(struct user_regs_struct, rax), r);
}
#elif defined(__aarch64__)
static int set_nr(pid_t tid, long nr)
{
	int n = (int)nr;
	struct iovec io = { &n, sizeof n };
	return ptrace(PTRACE_SETREGSET, tid, NT_ARM_SYSTEM_CALL, &io);
}

static int set_result(pid_t tid, long r)
{
	struct user_regs_struct regs;
	struct iovec io = { &regs, sizeof regs };

	if (ptrace(PTRACE_GETREGSET, tid, NT_PRSTATUS, &io))
		return -1;
	regs.regs[0] = (unsigned long long)r;
	return ptrace(PTRACE_SETREGSET, tid, NT_PRSTATUS, &io);
}
#else
#error "td-translate: no ptrace register access written for this host arch"
#endif

/* At a syscall stop: at entry, rewrite the number (exit stops pass). */
static void on_syscall(pid_t tid)
{
	struct __ptrace_syscall_info info;
	long to;

	if (ptrace(PTRACE_GET_SYSCALL_INFO, tid, sizeof info, &info) <= 0 ||
	    info.op != PTRACE_SYSCALL_INFO_ENTRY)
		return;
	to = translate(info.entry.nr);
	if (to == (long)info.entry.nr)
		return;
	if (to < 0 && set_result(tid, -ENOSYS))
		return;
	set_nr(tid, to);
}

/* The tids seen so far: an unseen tid's first SIGSTOP is its attach stop. */
static pid_t *tids;
static size_t ntids, captids;

static int seen(pid_t tid)
{
	for (size_t i = 0; i < ntids; i++)
		if (tids[i] == tid)
			return 1;
	if (ntids == captids) {
		captids = captids ? 2 * captids : 64;
		tids = realloc(tids, captids * sizeof *tids);
		if (!tids)
			die("%s%s", strerror(ENOMEM), "");
	}
	tids[ntids++] = tid;
	return 0;
}

static void forget(pid_t tid)
{
	for (size_t i = 0; i < ntids; i++)
		if (tids[i] == tid)
			tids[i] = tids[--ntids];
}

/* The child: stopped for its tracer to set options, then PROG. */
static _Noreturn void start(char **argv)
{
	ptrace(PTRACE_TRACEME, 0, 0, 0);
	raise(SIGSTOP);
	execvp(argv[0], argv);
	fprintf(stderr, "td-translate: %s: %s\n", argv[0], strerror(errno));
	_exit(errno == ENOENT ? 127 : 126);
}

/*
 * Resumes a stopped tid.  Until PROG's exec event the child runs the
 * translator's own code, whose calls are Linux's: no syscall stops then.
 */
static int translating;

static void resume(pid_t tid, int sig)
{
	ptrace(translating ? PTRACE_SYSCALL : PTRACE_CONT, tid, 0, sig);
}

static void on_stop(pid_t tid, int status)
{
	int sig = WSTOPSIG(status), event = status >> 16;
	siginfo_t si;

	if (sig == (SIGTRAP | 0x80)) {
		on_syscall(tid);
		sig = 0;
	} else if (sig == SIGTRAP && event) {
		if (event == PTRACE_EVENT_EXEC)
			translating = 1;
		sig = 0;
	} else if (!seen(tid) && sig == SIGSTOP) {
		sig = 0;
	} else if (ptrace(PTRACE_GETSIGINFO, tid, 0, &si) && errno == EINVAL) {
		/* A group-stop, not a signal to deliver. */
		sig = 0;
	}
	resume(tid, sig);
}

/* Ends as PROG ended: its exit status, or its signal (without a core). */
static _Noreturn void finish(int status)
{
	struct rlimit none = { 0, 0 };
	sigset_t set;
	int sig;

	if (WIFEXITED(status))
		exit(WEXITSTATUS(status));
	sig = WTERMSIG(status);
	setrlimit(RLIMIT_CORE, &none);
	signal(sig, SIG_DFL);
	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(sig);
	exit(128 + sig);
}

static _Noreturn void usage(void)
{
	fprintf(stderr, "usage: td-translate [--from TABLE] [--to TABLE] [--] PROG [ARG]...\n"
			"  --from TABLE  PROG's numbering (default %s)\n"
			"  --to TABLE    Linux's numbering (default %s)\n", TD_FROM, TD_TO);
	exit(125);
}

int main(int argc, char **argv)
{
	const char *from = TD_FROM, *to = TD_TO;
	int i, status, prog_status = 0;
	pid_t pid, tid;

	for (i = 1; i < argc && argv[i][0] == '-'; i++) {
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		if (i + 1 >= argc)
			usage();
		if (!strcmp(argv[i], "--from"))
			from = argv[++i];
		else if (!strcmp(argv[i], "--to"))
			to = argv[++i];
		else
			usage();
	}
	if (i >= argc)
		usage();
	struct table tf = load(from), tt = load(to);
	build_map(&tf, &tt);

	pid = fork();
	if (pid < 0)
		die("fork: %s%s", strerror(errno), "");
	if (pid == 0)
		start(argv + i);
	seen(pid);
	if (waitpid(pid, &status, 0) != pid || !WIFSTOPPED(status))
		die("%s: did not stop for tracing%s", argv[i], "");
	ptrace(PTRACE_SETOPTIONS, pid, 0,
	       PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK |
		       PTRACE_O_TRACECLONE | PTRACE_O_TRACEEXEC | PTRACE_O_EXITKILL);
	resume(pid, 0);

	/* Until every traced process is gone, PROG's children included. */
	while ((tid = waitpid(-1, &status, __WALL)) > 0) {
		if (WIFSTOPPED(status)) {
			on_stop(tid, status);
			continue;
		}
		if (tid == pid)
			prog_status = status;
		forget(tid);
	}
	finish(prog_status);
}
