/*
 * trapdoor's /init: PID 1 of an initramfs, built with trapdoor alone.
 *
 * PID 1 is special in three ways, and each shapes this file:
 *   - the kernel gives it no default signal actions: a signal it does not
 *     handle is simply ignored, so it must ask for the ones it wants
 *     (here through a signalfd, with the signals blocked);
 *   - every orphan in the system is re-parented to it, and stays a zombie
 *     until PID 1 waits for it: init reaps whatever it is told of, not only
 *     what it started;
 *   - if it exits the kernel panics ("Attempted to kill init"): it ends the
 *     system with reboot(), and never returns from main.
 *
 * The boot: mount /proc, /sys, /dev and /run, set the hostname, print a
 * banner, run the commands of /etc/boot.script one after another (a line
 * starting with '&' starts a service and goes on once the service says it
 * is ready by closing fd 3), then stop everything and power off.  SIGTERM,
 * or SIGINT (ctrl-alt-del, once RB_DISABLE_CAD hands it to init), ends the
 * script early.  docs/initramfs.md walks through it.
 */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define SCRIPT "/etc/boot.script"
#define HOSTNAME "trapdoor"
#define MAX_ARGS 16
#define MAX_KIDS 32
/* How long services get between SIGTERM and SIGKILL at shutdown. */
#define GRACE_MS 2000

extern char **environ;

struct kid {
	pid_t pid;
	char name[48];
};

static struct kid kids[MAX_KIDS];
static int nkids, sigfd;
static int reaped, orphans_reaped, failed;
static int stopping;

/* One write per line: the console is shared with the kernel and children. */
#define say(...) dprintf(STDOUT_FILENO, "init: " __VA_ARGS__)

static long uptime_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_BOOTTIME, &t);
	return (long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static void mount_one(const char *src, const char *dir, const char *type,
		      unsigned long flags, const char *data)
{
	if (mkdir(dir, 0755) < 0 && errno != EEXIST)
		say("mkdir %s: %m\n", dir);
	if (mount(src, dir, type, flags, data) < 0)
		say("mount %s on %s: %m\n", type, dir);
	else
		say("mounted %s on %s\n", type, dir);
}

static void early_setup(void)
{
	struct utsname u;
	long ms;

	mount_one("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL);
	mount_one("sysfs", "/sys", "sysfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL);
	mount_one("devtmpfs", "/dev", "devtmpfs", MS_NOSUID, "mode=0755");
	mount_one("tmpfs", "/run", "tmpfs", MS_NOSUID | MS_NODEV, "mode=0755");
	if (sethostname(HOSTNAME, strlen(HOSTNAME)) < 0)
		say("sethostname: %m\n");
	uname(&u);
	ms = uptime_ms();
	dprintf(STDOUT_FILENO, "trapdoor init: Linux %s on %s, host %s, up %ld.%03ld s\n",
		u.release, u.machine, u.nodename, ms / 1000, ms % 1000);
}

/* The signals init acts on arrive only through sigfd: blocked everywhere. */
static void watch_signals(void)
{
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, SIGCHLD);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGINT);
	sigprocmask(SIG_BLOCK, &set, NULL);
	sigfd = signalfd(-1, &set, SFD_CLOEXEC);
	if (sigfd < 0)
		say("signalfd: %m\n");
	/* ctrl-alt-del then sends init SIGINT instead of rebooting at once. */
	reboot(RB_DISABLE_CAD);
}

static struct kid *find_kid(pid_t pid)
{
	for (int i = 0; i < nkids; i++)
		if (kids[i].pid == pid)
			return &kids[i];
	return NULL;
}

static void log_status(const char *who, pid_t pid, int status)
{
	if (WIFEXITED(status))
		say("reaped %s %d: exit %d\n", who, (int)pid, WEXITSTATUS(status));
	else
		say("reaped %s %d: killed by signal %d (%s)\n", who, (int)pid,
		    WTERMSIG(status), strsignal(WTERMSIG(status)));
}

static void account(pid_t pid, int status)
{
	struct kid *k = find_kid(pid);

	reaped++;
	if (k) {
		log_status(k->name, pid, status);
		if (!WIFEXITED(status) || WEXITSTATUS(status))
			failed++;
		k->pid = 0;
	} else {
		orphans_reaped++;
		log_status("orphan", pid, status);
	}
}

/* Reaps every child that has ended, without waiting for the others. */
static void reap_ended(void)
{
	int status;
	pid_t pid;

	while ((pid = waitpid(-1, &status, WNOHANG)) > 0)
		account(pid, status);
}

/* Whether init has any child left, ended or not, without reaping one. */
static int have_children(void)
{
	siginfo_t si;

	return waitid(P_ALL, 0, &si, WEXITED | WNOHANG | WNOWAIT) == 0;
}

/* Waits for the next signal (or timeout_ms, -1 for none); 0 on timeout. */
static int next_signal(int timeout_ms)
{
	struct signalfd_siginfo si;
	struct pollfd p = { .fd = sigfd, .events = POLLIN };
	int r = poll(&p, 1, timeout_ms);

	if (r <= 0)
		return 0;
	if (read(sigfd, &si, sizeof si) != sizeof si)
		return 0;
	if (si.ssi_signo == SIGTERM || si.ssi_signo == SIGINT) {
		if (!stopping)
			say("got %s from pid %d: stopping\n", strsignal(si.ssi_signo), (int)si.ssi_pid);
		stopping = 1;
	}
	return si.ssi_signo;
}

static int still_running(pid_t pid)
{
	return find_kid(pid) != NULL;
}

/* Splits line into argv in place; returns the count. */
static int split(char *line, char **argv)
{
	int n = 0;

	for (char *s = strtok(line, " \t\n"); s && n < MAX_ARGS; s = strtok(NULL, " \t\n"))
		argv[n++] = s;
	argv[n] = NULL;
	return n;
}

static pid_t start(char **argv, int ready_fd)
{
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t attr;
	sigset_t none;
	pid_t pid;
	int err;

	posix_spawn_file_actions_init(&fa);
	if (ready_fd >= 0)
		posix_spawn_file_actions_adddup2(&fa, ready_fd, 3);
	posix_spawnattr_init(&attr);
	sigemptyset(&none);
	posix_spawnattr_setsigmask(&attr, &none);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK);
	err = posix_spawn(&pid, argv[0], &fa, &attr, argv, environ);
	posix_spawn_file_actions_destroy(&fa);
	posix_spawnattr_destroy(&attr);
	if (err) {
		say("%s: spawn failed: %s\n", argv[0], strerror(err));
		failed++;
		return -1;
	}
	struct kid *k = find_kid(0);

	if (!k && nkids < MAX_KIDS)
		k = &kids[nkids++];
	if (k) {
		k->pid = pid;
		snprintf(k->name, sizeof k->name, "%s", argv[0]);
	}
	say("started %s as pid %d\n", argv[0], (int)pid);
	return pid;
}

/* A service closes fd 3 when it is ready (or dies): EOF either way. */
static void start_service(char **argv)
{
	int p[2];
	char c;

	if (pipe2(p, O_CLOEXEC) < 0) {
		say("pipe2: %m\n");
		return;
	}
	start(argv, p[1]);
	close(p[1]);
	while (read(p[0], &c, 1) > 0)
		;
	close(p[0]);
}

static void run_command(char **argv)
{
	pid_t pid = start(argv, -1);

	while (pid > 0) {
		reap_ended();
		if (!still_running(pid) || stopping)
			return;
		next_signal(-1);
	}
}

static void run_script(void)
{
	char line[256], *argv[MAX_ARGS + 1];
	int n = 0;
	FILE *f = fopen(SCRIPT, "re");

	if (!f) {
		say("%s: %m\n", SCRIPT);
		return;
	}
	while (!stopping && fgets(line, sizeof line, f)) {
		int bg = line[0] == '&';

		if (split(line + bg, argv) == 0 || argv[0][0] == '#')
			continue;
		n++;
		if (bg)
			start_service(argv);
		else
			run_command(argv);
	}
	fclose(f);
	say("boot script done: %d commands, %d failed\n", n, failed);
}

/* SIGTERM to all, a grace period, SIGKILL to the rest; reaps them all. */
static void stop_everything(void)
{
	long deadline = uptime_ms() + GRACE_MS;
	int status;
	pid_t pid;

	say("sending SIGTERM to all processes\n");
	kill(-1, SIGTERM);
	for (reap_ended(); have_children(); reap_ended()) {
		long left = deadline - uptime_ms();

		if (left <= 0) {
			say("sending SIGKILL to all processes\n");
			kill(-1, SIGKILL);
			while ((pid = waitpid(-1, &status, 0)) > 0 || errno == EINTR)
				if (pid > 0)
					account(pid, status);
			return;
		}
		next_signal((int)left);
	}
}

static void power_off(void)
{
	static const char *const mounts[] = { "/run", "/dev", "/sys", "/proc" };
	long ms;

	sync();
	for (size_t i = 0; i < sizeof mounts / sizeof mounts[0]; i++)
		if (umount2(mounts[i], 0) < 0 && umount2(mounts[i], MNT_DETACH) < 0)
			say("umount %s: %m\n", mounts[i]);
	ms = uptime_ms();
	say("reaped %d processes, %d of them orphans\n", reaped, orphans_reaped);
	say("powering off after %ld.%03ld s\n", ms / 1000, ms % 1000);
	reboot(RB_POWER_OFF);
	say("reboot: %m; halting here\n");
	for (;;)
		next_signal(-1);
}

int main(void)
{
	if (getpid() != 1) {
		fprintf(stderr, "init: must run as PID 1 (this is pid %d); "
			"examples/tinyinit shows the same work as a subreaper\n", (int)getpid());
		return 2;
	}
	early_setup();
	watch_signals();
	run_script();
	stop_everything();
	power_off();
}
