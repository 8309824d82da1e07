/*
 * Runs trapdoor's freestanding test programs as Check test cases.
 *
 *   driver --arch ARCH [--runner qemu-ARCH] [--host PROG]... [--unit PROG]... PROG...
 *
 * Each PROG runs (through the runner when the target is foreign; --host
 * programs always natively) with its output captured.  A program passes when
 * it exits 0, printed at least one case, and no case says [FAIL].  The
 * --unit programs are host Check suites: they pass when they exit 0, and add
 * the checks of Check's summary line ("N%: Checks: C, Failures: F, Errors: E")
 * to the counts.  The closing line counts the individual cases: "ARCH: N passed, N failed,
 * N skipped", after Check's own summary.
 *
 * Built for the host against glibc and Check: it is the harness, not trapdoor.
 */
#define _GNU_SOURCE
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/*
 * Only a guard against a hung program: no test waits on time, and the
 * slowest program takes seconds even under qemu on a loaded machine.
 * TRAPDOOR_TIMEOUT=seconds changes it; 0 waits for ever.
 */
#define PROGRAM_TIMEOUT_S 900
static long timeout_s = PROGRAM_TIMEOUT_S;

enum kind { TARGET, HOST, UNIT };

struct prog {
	const char *path;
	enum kind kind;
};

static const char *arch, *runner;
static struct prog *progs;
static int nprogs, total_ok, total_fail, total_skip;

static int count_lines(const char *out, const char *tag)
{
	int n = 0;
	for (const char *p = out; (p = strstr(p, tag)); p += strlen(tag))
		n++;
	return n;
}

/* Runs one program to completion; returns its output, sets *status. */
static char *run(const struct prog *pr, int *status, int *timed_out)
{
	char tmpl[] = "/tmp/trapdoor-test-XXXXXX";
	int fd = mkstemp(tmpl);
	ck_assert_msg(fd >= 0, "mkstemp: %s", strerror(errno));
	unlink(tmpl);

	pid_t pid = fork();
	ck_assert_msg(pid >= 0, "fork: %s", strerror(errno));
	if (pid == 0) {
		dup2(fd, STDOUT_FILENO);
		dup2(fd, STDERR_FILENO);
		setpgid(0, 0);
		/* Programs start as from a shell prompt, whatever the driver was
		 * started with: a background job of a script ignores SIGINT and
		 * SIGQUIT, and exec keeps an ignored signal ignored. */
		sigset_t none;
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		for (int sig = 1; sig < NSIG; sig++)
			signal(sig, SIG_DFL);
		if (runner && *runner && pr->kind == TARGET)
			execlp(runner, runner, pr->path, (char *)NULL);
		else
			execl(pr->path, pr->path, (char *)NULL);
		fprintf(stderr, "cannot run %s: %s\n", pr->path, strerror(errno));
		_exit(127);
	}

	*timed_out = 0;
	time_t start = time(NULL);
	for (;;) {
		pid_t r = waitpid(pid, status, WNOHANG);
		if (r == pid)
			break;
		if (timeout_s && time(NULL) - start > timeout_s) {
			kill(-pid, SIGKILL);
			waitpid(pid, status, 0);
			*timed_out = 1;
			break;
		}
		usleep(2000);
	}

	off_t len = lseek(fd, 0, SEEK_END);
	char *out = calloc(1, len + 1);
	ck_assert(out != NULL);
	ck_assert(pread(fd, out, len, 0) == len);
	close(fd);
	return out;
}

START_TEST(run_program)
{
	const struct prog *pr = &progs[_i];
	int status, timed_out;
	char *out = run(pr, &status, &timed_out);
	int ok = count_lines(out, "[OK]"), fail = count_lines(out, "[FAIL]");
	int skip = count_lines(out, "[SKIP]");
	const char *summary = strstr(out, "%: Checks: ");
	int checks, failures, errors;

	if (pr->kind == UNIT && summary &&
	    sscanf(summary, "%%: Checks: %d, Failures: %d, Errors: %d", &checks, &failures,
		   &errors) == 3) {
		ok = checks - failures - errors;
		fail = failures + errors;
	}

	total_ok += ok;
	total_fail += fail;
	total_skip += skip;
	int good = !timed_out && WIFEXITED(status) && WEXITSTATUS(status) == 0 && fail == 0 &&
		   ok + skip > 0;
	if (!good || getenv("VERBOSE")) {
		int via = pr->kind == TARGET && runner && *runner;
		printf("---- %s%s%s\n%s", via ? runner : "", via ? " " : "", pr->path, out);
		if (fail == 0 && !good)
			total_fail++;
	}
	ck_assert_msg(!timed_out, "%s: killed after %ld s", pr->path, timeout_s);
	ck_assert_msg(WIFEXITED(status), "%s: killed by signal %d", pr->path, WTERMSIG(status));
	ck_assert_msg(fail == 0, "%s: %d case(s) failed", pr->path, fail);
	ck_assert_msg(WEXITSTATUS(status) == 0, "%s: exit status %d", pr->path,
		      WEXITSTATUS(status));
	ck_assert_msg(ok + skip > 0, "%s: ran no case", pr->path);
	free(out);
}
END_TEST

/*
 * qemu-user cannot follow execve into another foreign binary unless the
 * kernel's binfmt_misc hands such binaries to qemu.  Tests that need it read
 * TRAPDOOR_EXEC and skip, saying why, when it is "no".
 */
static void detect_foreign_exec(void)
{
	char path[256], line[16] = "";
	FILE *f;

	if (!runner || !*runner) {
		setenv("TRAPDOOR_EXEC", "yes", 1);
		return;
	}
	snprintf(path, sizeof path, "/proc/sys/fs/binfmt_misc/qemu-%s", arch);
	f = fopen(path, "r");
	if (f) {
		if (!fgets(line, sizeof line, f))
			line[0] = 0;
		fclose(f);
	}
	if (!strncmp(line, "enabled", 7)) {
		setenv("TRAPDOOR_EXEC", "yes", 1);
		return;
	}
	setenv("TRAPDOOR_EXEC", "no", 1);
	printf("note: %s has no enabled binfmt_misc handler: cases where a %s program "
	       "execs another %s binary are skipped (install qemu-user-binfmt to run them)\n",
	       path, arch, arch);
}

static void usage(void)
{
	fprintf(stderr, "usage: driver --arch ARCH [--runner R] [--host PROG]... [--unit PROG]... PROG...\n");
	exit(2);
}

int main(int argc, char **argv)
{
	progs = calloc(argc, sizeof *progs);
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--arch") && i + 1 < argc)
			arch = argv[++i];
		else if (!strcmp(argv[i], "--runner") && i + 1 < argc)
			runner = argv[++i];
		else if (!strcmp(argv[i], "--host") && i + 1 < argc)
			progs[nprogs++] = (struct prog){ argv[++i], HOST };
		else if (!strcmp(argv[i], "--unit") && i + 1 < argc)
			progs[nprogs++] = (struct prog){ argv[++i], UNIT };
		else if (argv[i][0] == '-')
			usage();
		else
			progs[nprogs++] = (struct prog){ argv[i], TARGET };
	}
	if (!arch || !nprogs)
		usage();
	if (getenv("TRAPDOOR_TIMEOUT"))
		timeout_s = strtol(getenv("TRAPDOOR_TIMEOUT"), NULL, 10);

	/* Tests that must know whether qemu-user runs them (t_under_qemu) read this. */
	setenv("TRAPDOOR_RUNNER", runner ? runner : "", 1);
	detect_foreign_exec();
	Suite *s = suite_create(arch);
	TCase *tc = tcase_create("programs");
	tcase_add_loop_test(tc, run_program, 0, nprogs);
	suite_add_tcase(s, tc);
	SRunner *sr = srunner_create(s);
	/* In-process, so the case counts add up here; each program is its own process anyway. */
	srunner_set_fork_status(sr, CK_NOFORK);
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);

	printf("%s: %d passed, %d failed, %d skipped\n", arch, total_ok, total_fail, total_skip);
	return failed || total_fail ? EXIT_FAILURE : EXIT_SUCCESS;
}
