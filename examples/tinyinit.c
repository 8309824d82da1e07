/*
 * A tiny init: what PID 1 does, in one screen.
 *
 * It starts a few children: a worker that finishes at once, one that leaves
 * an orphaned grandchild behind, a daemon that runs until told to stop, and
 * one that asks init to shut down (as "kill -TERM 1" would).  Init reaps
 * every zombie, including orphans the kernel re-parents to it: as PID 1 that
 * is automatic; otherwise it asks for it with PR_SET_CHILD_SUBREAPER.  On
 * SIGTERM it forwards the signal to its children, then exits with a summary
 * once no child is left.
 *
 * The signals are blocked except inside sigsuspend, so a SIGCHLD or SIGTERM
 * can never arrive between the last check and going to sleep.
 */
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_KIDS 16

static volatile sig_atomic_t term_requested;
static pid_t started[MAX_KIDS];
static int nstarted;

/* dprintf writes each line at once: no stdio buffer for a fork to copy. */
#define say(...) dprintf(STDOUT_FILENO, __VA_ARGS__)

static void nap(long ms)
{
	struct timespec t = { ms / 1000, ms % 1000 * 1000000 };

	nanosleep(&t, NULL);
}

static void on_term(int sig)
{
	(void)sig;
	term_requested = 1;
}

/* SIGCHLD only has to end sigsuspend; the reaping happens in the loop. */
static void on_chld(int sig)
{
	(void)sig;
}

static void worker(void)
{
	_exit(0);
}

static void orphaner(void)
{
	if (fork() == 0) {
		nap(100);
		_exit(7);
	}
	_exit(0);
}

static void daemon_job(void)
{
	for (;;)
		pause();
}

static void shutdown_requester(void)
{
	nap(300);
	kill(getppid(), SIGTERM);
	_exit(0);
}

static void start(const char *name, void (*job)(void), const sigset_t *mask)
{
	pid_t pid = fork();

	if (pid == 0) {
		/* A child starts clean: default SIGTERM, nothing blocked. */
		signal(SIGTERM, SIG_DFL);
		sigprocmask(SIG_SETMASK, mask, NULL);
		job();
	}
	if (pid < 0) {
		say("init: fork failed: %m\n");
		return;
	}
	if (nstarted < MAX_KIDS)
		started[nstarted++] = pid;
	say("init: started %s as pid %d\n", name, pid);
}

static int is_started(pid_t pid)
{
	for (int i = 0; i < nstarted; i++)
		if (started[i] == pid)
			return 1;
	return 0;
}

static void report(pid_t pid, int status, int orphan)
{
	const char *how = WIFEXITED(status) ? ", exit" : WIFSIGNALED(status) ? ", killed by signal" : "";
	int code = WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status);

	say("init: reaped pid %d%s %d%s\n", pid, how, code, orphan ? " (a re-parented orphan)" : "");
}

/*
 * Send SIGTERM to every child we have now, re-parented orphans included:
 * the kernel lists them in /proc/self/task/<pid>/children.  Without that
 * file, the children we started are all we know of.
 */
static int forward_term(void)
{
	char path[64], buf[512];
	long pid = 0;
	int fd, sent = 0, have = 0;
	ssize_t n;

	snprintf(path, sizeof path, "/proc/self/task/%d/children", getpid());
	fd = open(path, O_RDONLY);
	if (fd >= 0) {
		n = read(fd, buf, sizeof buf - 1);
		close(fd);
		for (ssize_t i = 0; i < n; i++) {
			if (buf[i] >= '0' && buf[i] <= '9') {
				pid = pid * 10 + buf[i] - '0';
				have = 1;
			} else if (have) {
				sent += kill(pid, SIGTERM) == 0;
				pid = have = 0;
			}
		}
		if (have)
			sent += kill(pid, SIGTERM) == 0;
		return sent;
	}
	for (int i = 0; i < nstarted; i++)
		sent += kill(started[i], SIGTERM) == 0;
	return sent;
}

int main(void)
{
	struct sigaction term = { .sa_handler = on_term }, chld = { .sa_handler = on_chld };
	sigset_t block, waitmask;
	int reaped = 0, orphans = 0, forwarded = -1, status;
	pid_t pid;

	if (getpid() == 1) {
		say("init: running as PID 1\n");
	} else if (prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0) {
		say("init: not PID 1; orphans come to us as a child subreaper\n");
	} else {
		say("init: not PID 1 and PR_SET_CHILD_SUBREAPER refused: orphans go to the real init\n");
	}

	sigemptyset(&block);
	sigaddset(&block, SIGCHLD);
	sigaddset(&block, SIGTERM);
	sigprocmask(SIG_BLOCK, &block, &waitmask);
	sigdelset(&waitmask, SIGCHLD);
	sigdelset(&waitmask, SIGTERM);
	sigaction(SIGTERM, &term, NULL);
	sigaction(SIGCHLD, &chld, NULL);

	start("worker", worker, &waitmask);
	start("orphaner", orphaner, &waitmask);
	start("daemon", daemon_job, &waitmask);
	start("shutdown-requester", shutdown_requester, &waitmask);

	for (;;) {
		while ((pid = waitpid(-1, &status, WNOHANG)) > 0) {
			int orphan = !is_started(pid);

			report(pid, status, orphan);
			reaped++;
			orphans += orphan;
		}
		if (pid < 0)
			break;
		if (term_requested && forwarded < 0) {
			forwarded = forward_term();
			say("init: SIGTERM received, forwarded to %d child(ren)\n", forwarded);
		}
		sigsuspend(&waitmask);
	}
	say("init: no children left; started %d, reaped %d (%d re-parented orphan(s)), "
	    "SIGTERM forwarded to %d\n", nstarted, reaped, orphans, forwarded < 0 ? 0 : forwarded);
	return 0;
}
