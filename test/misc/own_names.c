/*
 * A program may own any name POSIX, BSD or GNU give a function: write,
 * open, mmap, error, log ...  The library calls its own reserved names, so
 * this program, which defines thirteen such names with signatures of its
 * own, still gets exact results from stdio, malloc, posix_spawn, system,
 * popen and exit.  Each of its functions says on stdout that it was called,
 * so a library call that reached one shows in the captured text.
 *
 * The headers' declarations of these names are renamed away while they are
 * included.  The case lines are t.h's, printed with the raw system call:
 * t.h itself calls write and read, which here are the program's.
 */
#define write hdr_write
#define read hdr_read
#define open hdr_open
#define close hdr_close
#define mmap hdr_mmap
#define lseek hdr_lseek
#define kill hdr_kill
#define error hdr_error
#define log hdr_log
#define index hdr_index
#define link hdr_link
#define time hdr_time
#define stat hdr_stat
#include <errno.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#undef write
#undef read
#undef open
#undef close
#undef mmap
#undef lseek
#undef kill
#undef error
#undef log
#undef index
#undef link
#undef time
#undef stat

/* log and index are also the compiler's built-in math and string functions. */
#if defined(__clang__)
#pragma clang diagnostic ignored "-Wincompatible-library-redeclaration"
#elif defined(__GNUC__)
#pragma GCC diagnostic ignored "-Wbuiltin-declaration-mismatch"
#endif

static void raw_out(const char *s)
{
	syscall(SYS_write, STDOUT_FILENO, s, strlen(s));
}

static void called(const char *name)
{
	raw_out("[own ");
	raw_out(name);
	raw_out("]\n");
}

/* The program's own functions, as a user might write them. */
void write(const char *msg) { called("write"); (void)msg; }
int read(const char *path) { called("read"); (void)path; return -1; }
int open(const char *name) { called("open"); (void)name; return -1; }
void close(void) { called("close"); }
void *mmap(unsigned size) { called("mmap"); (void)size; return 0; }
long lseek(long where) { called("lseek"); (void)where; return -1; }
int kill(pid_t pid, int sig) { called("kill"); (void)pid; (void)sig; return -1; }
void error(const char *fmt, ...) { called("error"); (void)fmt; }
void log(const char *msg) { called("log"); (void)msg; }
int index(void) { called("index"); return -1; }
int link(const char *from, const char *to) { called("link"); (void)from; (void)to; return -1; }
long time(void) { called("time"); return -1; }
int stat(const char *path) { called("stat"); (void)path; return -1; }

static int cases, passed, failed, skipped;

/* t.h's case line: number, name, dots, [OK] or [FAIL] with want and got. */
static void report(const char *name, int ok, const char *want, const char *got)
{
	char line[160];

	snprintf(line, sizeof line, "%4d %s %.*s [%s]", ++cases, name,
		 (int)(strlen(name) < 52 ? 52 - strlen(name) : 0),
		 "....................................................", ok ? "OK" : "FAIL");
	raw_out(line);
	if (!ok) {
		raw_out(" want '");
		raw_out(want);
		raw_out("', got '");
		raw_out(got);
		raw_out("'");
	}
	raw_out("\n");
	ok ? passed++ : failed++;
}

/*
 * Run fn in a child with stdout and stderr on a pipe; the child ends in
 * exit(0) unless fn ends it.  Compares the exact text, and the wait status
 * (exit code << 8, or the killing signal).
 */
static void expect(const char *name, void (*fn)(void), const char *want, int want_status)
{
	char out[1024], got[1100];
	size_t len = 0;
	int p[2], status = -1;
	long n;
	pid_t pid;

	if (pipe(p) || (pid = fork()) < 0) {
		char line[160];

		if (errno != ENOSYS)
			return report(name, 0, want, "pipe or fork failed");
		/* A kernel without pipe or fork (configure --syscalls). */
		snprintf(line, sizeof line, "%4d %s [SKIP] ENOSYS: the kernel has no pipe or fork\n",
			 ++cases, name);
		raw_out(line);
		skipped++;
		return;
	}
	if (pid == 0) {
		dup2(p[1], STDOUT_FILENO);
		dup2(p[1], STDERR_FILENO);
		syscall(SYS_close, p[0]);
		syscall(SYS_close, p[1]);
		fn();
		exit(0);
	}
	syscall(SYS_close, p[1]);
	while ((n = syscall(SYS_read, p[0], out + len, sizeof out - 1 - len)) > 0 ||
	       (n < 0 && errno == EINTR))
		len += n > 0 ? n : 0;
	out[len] = 0;
	syscall(SYS_close, p[0]);
	if (waitpid(pid, &status, 0) != pid)
		status = -1;
	/* A core dump's bit depends on the machine's limits, not on the library. */
	if (WIFSIGNALED(status))
		status = WTERMSIG(status);
	snprintf(got, sizeof got, "%s' status 0x%x", out, (unsigned)status);
	report(name, !strcmp(out, want) && status == want_status, want, got);
}

static void own_functions(void)
{
	write("x");
	read("x");
	open("x");
	close();
	mmap(1);
	lseek(0);
	kill(0, 0);
	error("x");
	log("x");
	index();
	link("x", "y");
	time();
	stat("x");
}

static void printf_family(void)
{
	char *s;

	fprintf(stderr, "stderr %x\n", 255);
	printf("printf %d %.2f|%5s|\n", 42, 2.5, "x");
	fputs("fputs\n", stdout);
	puts("puts");
	putchar('c');
	fwrite("\n", 1, 1, stdout);
	if (asprintf(&s, "%s-%03d", "asprintf", 7) > 0)
		printf("%s\n", s);
	free(s);
}

static char path[64];

static void files(void)
{
	char buf[32] = { 0 };
	FILE *f = fopen(path, "w");
	size_t n;

	fwrite("hello file\n", 1, 11, f);
	fclose(f);
	f = fopen(path, "r");
	n = fread(buf, 1, sizeof buf - 1, f);
	printf("fread %zu '%s' ftell %ld", n, buf, ftell(f));
	fseek(f, 6, SEEK_SET);
	printf(" fgets '%s'", fgets(buf, sizeof buf, f));
	fclose(f);
	unlink(path);
	errno = 0;
	f = fopen(path, "r");
	printf(" missing %d %s\n", f == NULL, strerror(errno));
}

static void heap(void)
{
	unsigned char *p = malloc(32), *q, *big, *z;
	size_t i, sum = 0;

	memset(p, 7, 32);
	q = realloc(p, 300 << 10);
	for (i = 0; i < 32; i++)
		sum += q[i];
	memset(q + 32, 1, (300 << 10) - 32);
	q = realloc(q, 2 << 20);
	for (i = 0; i < 300 << 10; i++)
		sum += q[i];
	big = malloc(1 << 20);
	memset(big, 2, 1 << 20);
	z = calloc(1000, 1000);
	for (i = 0; i < 1000 * 1000; i++)
		sum += z[i];
	printf("malloc %d realloc sum %zu big %d\n", p != 0 && big != 0 && z != 0, sum, big[12345]);
	free(q);
	free(big);
	free(z);
}

static void spawn(void)
{
	char *argv[] = { "sh", "-c", "echo spawned $0; exit 7", "x", 0 };
	pid_t pid;
	int status = -1, e = posix_spawn(&pid, "/bin/sh", 0, 0, argv, environ);

	if (!e && waitpid(pid, &status, 0) != pid)
		status = -1;
	printf("posix_spawn %d status 0x%x\n", e, (unsigned)status);
}

static void shell(void)
{
	int st = system("echo system $((6 * 7)); exit 3");

	printf("system 0x%x, no command %d\n", (unsigned)st, system(NULL));
}

static void pipes(void)
{
	char buf[32] = "";
	FILE *r = popen("echo popen; exit 5", "r"), *w;
	int st_r, st_w;

	fgets(buf, sizeof buf, r);
	st_r = pclose(r);
	w = popen("cat", "w");
	fputs("to cat\n", w);
	st_w = pclose(w);
	printf("popen '%s' 0x%x 0x%x\n", buf, (unsigned)st_r, (unsigned)st_w);
}

static void bye(void)
{
	printf("atexit\n");
}

static void leave(void)
{
	atexit(bye);
	printf("buffered ");
	exit(4);
}

/* qemu-user reports the guest's fatal signal on its stderr: not the library's output. */
static void crash(void)
{
	syscall(SYS_close, STDERR_FILENO);
	abort();
}

int main(void)
{
	snprintf(path, sizeof path, "/tmp/trapdoor-%d-own-names", (int)getpid());
	expect("own_functions_are_the_programs", own_functions,
	       "[own write]\n[own read]\n[own open]\n[own close]\n[own mmap]\n[own lseek]\n"
	       "[own kill]\n[own error]\n[own log]\n[own index]\n[own link]\n[own time]\n"
	       "[own stat]\n", 0);
	expect("printf_family", printf_family,
	       "stderr ff\nprintf 42 2.50|    x|\nfputs\nputs\nc\nasprintf-007\n", 0);
	expect("fopen_fwrite_fread_fseek_fclose", files,
	       "fread 11 'hello file\n' ftell 11 fgets 'file\n' missing 1 No such file or directory\n",
	       0);
	expect("malloc_realloc_calloc_free", heap, "malloc 1 realloc sum 307616 big 2\n", 0);
	expect("posix_spawn", spawn, "spawned x\nposix_spawn 0 status 0x700\n", 0);
	expect("system", shell, "system 42\nsystem 0x300, no command 1\n", 0);
	expect("popen_pclose", pipes, "to cat\npopen 'popen\n' 0x500 0x0\n", 0);
	expect("exit_runs_atexit_then_flushes", leave, "buffered atexit\n", 4 << 8);
	expect("abort", crash, "", SIGABRT);
	snprintf(path, sizeof path, "%d passed, %d failed, %d skipped\n", passed, failed, skipped);
	raw_out(path);
	return failed != 0;
}
