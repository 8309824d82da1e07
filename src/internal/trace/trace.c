/*
 * The syscall trace: strace's line for every call of a trace build, to
 * stderr (TRAPDOOR_TRACE=1) or appended to a file (TRAPDOOR_TRACE=FILE).
 * Lines are built in a buffer on the stack and written with one raw
 * __syscall3, so the trace never allocates, never shows its own calls, and
 * a signal handler's calls come out as whole lines of their own.  Built
 * without the stack protector: the first call it sees may come from
 * __init_tls, before the canary can be read.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/auxv.h>
#include "syscall.h"
#include "string_impl.h"
#include "trace.h"
#include "trace_names.h"

/* The trace's own calls go straight to the trap, untraced. */
#undef __syscall0
#undef __syscall1
#undef __syscall2
#undef __syscall3
#undef __syscall4
#undef __syscall5
#undef __syscall6

/* 0: the environment not read yet, 1: tracing to trace_fd, -1: not. */
static int trace_state, trace_fd;
/* This image's pid, and whether it forked or is a fork's child: lines
 * carry "[pid N] " once more than one process may be writing them. */
static long trace_pid;
static int forked;

/* Characters of a string shown, as strace's -s default. */
#define SHOWN 32
/* The trace file is moved to a descriptor at least this high, out of the
 * way of a program that expects open to return its lowest free one. */
#define TRACE_FD_MIN 100
/* Appended to, so that the images a traced program execs add their lines. */
#define TRACE_OFLAGS (O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC)

struct line {
	char buf[1024];
	unsigned n;
};

static void put(struct line *l, const char *s, unsigned long len)
{
	while (len-- && l->n < sizeof l->buf)
		l->buf[l->n++] = *s++;
}

static void puts_(struct line *l, const char *s)
{
	put(l, s, strlen(s));
}

static void put_num(struct line *l, unsigned long v, unsigned base, const char *prefix)
{
	char d[24], *p = d + sizeof d;

	do
		*--p = "0123456789abcdef"[v % base];
	while (v /= base);
	puts_(l, prefix);
	put(l, p, d + sizeof d - p);
}

static void put_dec(struct line *l, long v)
{
	if (v < 0)
		put_num(l, -(unsigned long)v, 10, "-");
	else
		put_num(l, v, 10, "");
}

static void put_ptr(struct line *l, long v)
{
	if (v)
		put_num(l, v, 16, "0x");
	else
		puts_(l, "NULL");
}

static char escape(char c)
{
	switch (c) {
	case '\n': return 'n';
	case '\t': return 't';
	case '\r': return 'r';
	case '\v': return 'v';
	case '\f': return 'f';
	case '"': return '"';
	case '\\': return '\\';
	}
	return 0;
}

/* \ooo, in as few digits as can be read back unless a digit follows. */
static void put_octal(struct line *l, unsigned char c, int full)
{
	char o[4] = { '\\', '0' + (c >> 6), '0' + (c >> 3 & 7), '0' + (c & 7) };
	int skip = full ? 0 : c < 010 ? 2 : c < 0100 ? 1 : 0;

	o[skip] = '\\';
	put(l, o + skip, 4 - skip);
}

/* len bytes of s quoted as strace quotes them; "..." after when more. */
static void put_quoted(struct line *l, const char *s, unsigned long len, int more)
{
	puts_(l, "\"");
	for (; len; len--, s++) {
		unsigned char c = *s;
		char e[2] = { '\\', escape(c) };
		if (e[1])
			put(l, e, 2);
		else if (c >= ' ' && c < 0x7f)
			put(l, s, 1);
		else
			put_octal(l, c, len > 1 && s[1] >= '0' && s[1] <= '7');
	}
	puts_(l, more ? "\"..." : "\"");
}

static void put_string(struct line *l, const char *s)
{
	unsigned long n = 0;

	if (!s)
		return puts_(l, "NULL");
	while (n < SHOWN && s[n])
		n++;
	put_quoted(l, s, n, n == SHOWN && s[n]);
}

static void put_buffer(struct line *l, const char *s, long len)
{
	if (len < 0)
		return put_ptr(l, (long)s);
	put_quoted(l, s, len < SHOWN ? len : SHOWN, len > SHOWN);
}

static void put_strings(struct line *l, char *const *v)
{
	int i;

	if (!v)
		return puts_(l, "NULL");
	puts_(l, "[");
	for (i = 0; v[i] && i < SHOWN; i++) {
		if (i)
			puts_(l, ", ");
		put_string(l, v[i]);
	}
	puts_(l, v[i] ? ", ...]" : "]");
}

static void put_environ(struct line *l, char *const *v)
{
	long n = 0;

	put_ptr(l, (long)v);
	if (!v)
		return;
	while (v[n])
		n++;
	puts_(l, " /* ");
	put_dec(l, n);
	puts_(l, n == 1 ? " var */" : " vars */");
}

static void put_oflags(struct line *l, long f)
{
	static const struct { long bit; const char *name; } bits[] = {
		{ O_CREAT, "O_CREAT" }, { O_EXCL, "O_EXCL" }, { O_NOCTTY, "O_NOCTTY" },
		{ O_TRUNC, "O_TRUNC" }, { O_APPEND, "O_APPEND" }, { O_NONBLOCK, "O_NONBLOCK" },
		{ O_SYNC, "O_SYNC" }, { O_DSYNC, "O_DSYNC" }, { O_ASYNC, "O_ASYNC" },
		{ O_DIRECT, "O_DIRECT" }, { O_LARGEFILE, "O_LARGEFILE" },
		{ O_TMPFILE, "O_TMPFILE" }, { O_DIRECTORY, "O_DIRECTORY" },
		{ O_NOFOLLOW, "O_NOFOLLOW" }, { O_NOATIME, "O_NOATIME" },
		{ O_CLOEXEC, "O_CLOEXEC" }, { O_PATH, "O_PATH" },
	};
	static const char *const modes[] = { "O_RDONLY", "O_WRONLY", "O_RDWR", "0x3" };

	puts_(l, modes[f & O_ACCMODE]);
	f &= ~(long)O_ACCMODE;
	for (unsigned i = 0; i < sizeof bits / sizeof *bits; i++) {
		if ((f & bits[i].bit) == bits[i].bit) {
			puts_(l, "|");
			puts_(l, bits[i].name);
			f &= ~bits[i].bit;
		}
	}
	if (f)
		put_num(l, f, 16, "|0x");
}

/*
 * The calls whose arguments strace shows as more than numbers, one letter
 * an argument: d decimal, x pointer, o octal, a directory fd (AT_FDCWD),
 * s string, b buffer written (its length follows), B buffer read (the
 * result is its length), f open flags, v string array, e environment.
 * A call not here shows its arguments in decimal, or hex when large.
 */
static const struct trace_sig {
	long nr;
	const char *args;
} trace_sigs[] = {
#ifdef SYS_read
	{ SYS_read, "dBd" },
#endif
	{ SYS_write, "dbd" },
#ifdef SYS_open
	{ SYS_open, "sfo" },
#endif
#ifdef SYS_openat
	{ SYS_openat, "asfo" },
#endif
#ifdef SYS_execve
	{ SYS_execve, "sve" },
#endif
#ifdef SYS_stat
	{ SYS_stat, "sx" },
#endif
#ifdef SYS_lstat
	{ SYS_lstat, "sx" },
#endif
#ifdef SYS_newfstatat
	{ SYS_newfstatat, "asxx" },
#endif
#ifdef SYS_fstatat64
	{ SYS_fstatat64, "asxx" },
#endif
#ifdef SYS_statx
	{ SYS_statx, "asxxx" },
#endif
#ifdef SYS_access
	{ SYS_access, "sd" },
#endif
#ifdef SYS_faccessat
	{ SYS_faccessat, "asd" },
#endif
#ifdef SYS_unlink
	{ SYS_unlink, "s" },
#endif
#ifdef SYS_unlinkat
	{ SYS_unlinkat, "asx" },
#endif
#ifdef SYS_mkdir
	{ SYS_mkdir, "so" },
#endif
#ifdef SYS_mkdirat
	{ SYS_mkdirat, "aso" },
#endif
#ifdef SYS_rmdir
	{ SYS_rmdir, "s" },
#endif
#ifdef SYS_chdir
	{ SYS_chdir, "s" },
#endif
#ifdef SYS_rename
	{ SYS_rename, "ss" },
#endif
#ifdef SYS_renameat
	{ SYS_renameat, "asas" },
#endif
#ifdef SYS_renameat2
	{ SYS_renameat2, "asasx" },
#endif
#ifdef SYS_readlinkat
	{ SYS_readlinkat, "asxd" },
#endif
#ifdef SYS_symlinkat
	{ SYS_symlinkat, "sas" },
#endif
#ifdef SYS_fchmodat
	{ SYS_fchmodat, "aso" },
#endif
#ifdef SYS_mmap
	{ SYS_mmap, "xdxxdx" },
#endif
	{ 0, 0 },
};

static const char *name_of(long n)
{
	for (unsigned i = 0; i < sizeof trace_names / sizeof *trace_names; i++)
		if (trace_names[i].nr == n)
			return trace_names[i].name;
	return 0;
}

static const char *args_of(long n)
{
	for (const struct trace_sig *s = trace_sigs; s->args; s++)
		if (s->nr == n)
			return s->args;
	return 0;
}

/* Memory the call faulted on is shown by address, never read here. */
static void put_arg(struct line *l, char how, const long *a, long r)
{
	int fault = r == -EFAULT;

	switch (fault && strchr("sbBve", how) ? 'x' : how) {
	case 'x': return put_ptr(l, *a);
	case 'o': return put_num(l, *a, 8, "0");
	case 'a': return *a == AT_FDCWD ? puts_(l, "AT_FDCWD") : put_dec(l, (int)*a);
	case 's': return put_string(l, (const char *)*a);
	case 'b': return put_buffer(l, (const char *)*a, r < 0 ? -1 : a[1] < r ? a[1] : r);
	case 'B': return put_buffer(l, (const char *)*a, r);
	case 'f': return put_oflags(l, *a);
	case 'v': return put_strings(l, (char *const *)*a);
	case 'e': return put_environ(l, (char *const *)*a);
	}
	if (*a > -4096 && *a < 65536)
		return put_dec(l, *a);
	put_ptr(l, *a);
}

static long own_pid(void)
{
#ifdef SYS_getpid
	return __syscall0(SYS_getpid);
#else
	return 0;
#endif
}

static void put_call(struct line *l, long n, int argc, const long *a, long r)
{
	const char *name = name_of(n), *how = args_of(n);
	long pid = own_pid();

	if (forked || pid != trace_pid) {
		puts_(l, "[pid ");
		put_dec(l, pid);
		puts_(l, "] ");
	}
	if (name)
		puts_(l, name);
	else
		put_num(l, n, 10, "syscall_");
	puts_(l, "(");
	/* syscall() passes six; s390x passes mmap's in memory, by one pointer. */
	if (how && (int)strlen(how) < argc)
		argc = strlen(how);
	for (int i = 0; i < argc; i++) {
		/* open's mode means something only when it creates. */
		if (how && how[i] == 'o' && i && how[i - 1] == 'f' && !(a[i - 1] & O_CREAT) &&
		    (a[i - 1] & O_TMPFILE) != O_TMPFILE)
			break;
		if (i)
			puts_(l, ", ");
		put_arg(l, how ? how[i] : 'd', a + i, r);
	}
	puts_(l, ")");
}

static void put_result(struct line *l, long n, long r)
{
	const char *e;

	puts_(l, " = ");
	if (!__syscall_failed(r)) {
#ifdef SYS_mmap
		if (n == SYS_mmap)
			return put_ptr(l, r);
#endif
#ifdef SYS_mmap2
		if (n == SYS_mmap2)
			return put_ptr(l, r);
#endif
		return put_dec(l, r);
	}
	e = __strerrorname_np(-r);
	puts_(l, "-1 ");
	if (!e)
		return put_num(l, -r, 10, "errno ");
	puts_(l, e);
	puts_(l, " (");
	puts_(l, strerror(-r));
	puts_(l, ")");
}

static void emit(struct line *l)
{
	if (l->n == sizeof l->buf)
		l->n--;
	l->buf[l->n++] = '\n';
	__syscall3(SYS_write, trace_fd, (long)l->buf, l->n);
}

static long raw(long n, int argc, const long *a)
{
	switch (argc) {
	case 0: return __syscall0(n);
	case 1: return __syscall1(n, a[0]);
	case 2: return __syscall2(n, a[0], a[1]);
	case 3: return __syscall3(n, a[0], a[1], a[2]);
	case 4: return __syscall4(n, a[0], a[1], a[2], a[3]);
	case 5: return __syscall5(n, a[0], a[1], a[2], a[3], a[4]);
	}
	return __syscall6(n, a[0], a[1], a[2], a[3], a[4], a[5]);
}

/*
 * The image's own argv and envp, found back from the aux vector (start-up
 * sets __auxv before the first call; environ may be replaced later):
 * envp ends just below it, argv ends below envp, and argc precedes argv.
 */
static char **start_args(char ***envp)
{
	char **p = (char **)__auxv - 1, **argv_end;
	long k;

	while (p[-1])
		p--;
	*envp = p;
	argv_end = p - 1;
	for (k = 0; ((long *)argv_end)[-k - 1] != k; k++)
		;
	return argv_end - k;
}

static const char *trace_setting(char **envp)
{
	static const char key[] = "TRAPDOOR_TRACE=";

	for (; *envp; envp++)
		if (!strncmp(*envp, key, sizeof key - 1))
			return *envp + sizeof key - 1;
	return 0;
}

static int open_trace(const char *path)
{
	long fd, high;

	if (!strcmp(path, "1"))
		return 2;
#ifdef SYS_openat
	fd = __syscall4(SYS_openat, AT_FDCWD, (long)path, TRACE_OFLAGS, 0644);
#else
	fd = __syscall3(SYS_open, (long)path, TRACE_OFLAGS, 0644);
#endif
	if (__syscall_failed(fd))
		return -1;
#if defined(SYS_fcntl) && defined(SYS_close)
	high = __syscall3(SYS_fcntl, fd, F_DUPFD_CLOEXEC, TRACE_FD_MIN);
	if (!__syscall_failed(high)) {
		__syscall1(SYS_close, fd);
		fd = high;
	}
#endif
	return fd;
}

/* Reads TRAPDOOR_TRACE once per image; the image's first line is the
 * execve that started it, as strace's first line is. */
static int trace_start(void)
{
	char **envp, **argv = start_args(&envp);
	const char *setting = trace_setting(envp);
	struct line l = { .n = 0 };
	long a[3] = { (long)__getauxval(AT_EXECFN), (long)argv, (long)envp };
	int fd = setting && *setting && strcmp(setting, "0") ? open_trace(setting) : -1;

	if (fd < 0)
		return -1;
	trace_pid = own_pid();
	trace_fd = fd;
#ifdef SYS_execve
	put_call(&l, SYS_execve, 3, a, 0);
	put_result(&l, SYS_execve, 0);
	emit(&l);
#endif
	return 1;
}

static int is_fork(long n)
{
#ifdef SYS_fork
	if (n == SYS_fork)
		return 1;
#endif
#ifdef SYS_vfork
	if (n == SYS_vfork)
		return 1;
#endif
#ifdef SYS_clone
	if (n == SYS_clone)
		return 1;
#endif
	return 0;
}

static int no_return(long n)
{
#ifdef SYS_exit
	if (n == SYS_exit)
		return 1;
#endif
#ifdef SYS_exit_group
	if (n == SYS_exit_group)
		return 1;
#endif
	return 0;
}

long __trace_syscall(long n, int argc, long a0, long a1, long a2, long a3, long a4, long a5)
{
	long a[6] = { a0, a1, a2, a3, a4, a5 }, r;
	struct line l = { .n = 0 };

	if (!trace_state && __auxv)
		trace_state = trace_start();
	if (trace_state < 0 || !__auxv)
		return raw(n, argc, a);
	if (no_return(n)) {
		put_call(&l, n, argc, a, 0);
		puts_(&l, " = ?");
		emit(&l);
		return raw(n, argc, a);
	}
	r = raw(n, argc, a);
	if (r >= 0 && is_fork(n))
		forked = 1;
	put_call(&l, n, argc, a, r);
	put_result(&l, n, r);
	emit(&l);
	return r;
}
