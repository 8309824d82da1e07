/*
 * syslog to a daemon socket the test binds itself (through the test hook):
 * the exact line, facilities, the mask, %m and errno, LOG_PERROR, a cut
 * long message, no daemon, and a daemon that went away and came back.
 */
#define _GNU_SOURCE
#define SYSLOG_NAMES
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <syslog.h>
#include <unistd.h>
#include "t.h"


static char path[64];

static int daemon_socket(void)
{
	struct sockaddr_un sa = { .sun_family = AF_UNIX };
	int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);

	unlink(path);
	strcpy(sa.sun_path, path);
	if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof sa))
		return -1;
	return fd;
}

/* The next line the daemon got, or "" when none is waiting. */
static const char *got(int fd)
{
	static char line[4096];
	ssize_t n = recv(fd, line, sizeof line - 1, MSG_DONTWAIT);

	line[n > 0 ? n : 0] = 0;
	return line;
}

/* The line after its "<PRI>" and a 16-byte "Mmm dd hh:mm:ss " stamp, or "" if the stamp is off. */
static const char *after_stamp(const char *line, const char *pri)
{
	size_t p = strlen(pri);
	const char *s = line + p;

	if (strncmp(line, pri, p) || strlen(s) < 16 || s[3] != ' ' || s[6] != ' ' || s[9] != ':' ||
	    s[12] != ':' || s[15] != ' ' || !strstr("JanFebMarAprMayJunJulAugSepOctNovDec", (char[4]){ s[0], s[1], s[2], 0 }))
		return "";
	return s + 16;
}

static void test_lines(int d)
{
	char want[64];

	openlog("tdtest", LOG_PID, LOG_DAEMON);
	syslog(LOG_ERR, "hello %d", 42);
	snprintf(want, sizeof want, "tdtest[%d]: hello 42", (int)getpid());
	t_str("syslog_line", after_stamp(got(d), "<27>"), want);
	syslog(LOG_LOCAL3 | LOG_INFO, "local");
	snprintf(want, sizeof want, "tdtest[%d]: local", (int)getpid());
	t_str("syslog_own_facility", after_stamp(got(d), "<158>"), want);
	closelog();
	openlog(0, 0, 0);
	syslog(LOG_NOTICE, "plain");
	t_str("syslog_default_ident", after_stamp(got(d), "<29>"), "syslog: plain");
	errno = ENOENT;
	syslog(LOG_WARNING, "x: %m");
	t_eq("syslog_keeps_errno", errno, ENOENT);
	t_str("syslog_percent_m", after_stamp(got(d), "<28>"), "syslog: x: No such file or directory");
}

static void test_mask(int d)
{
	t_eq("setlogmask_old", setlogmask(LOG_UPTO(LOG_WARNING)), 0xff);
	t_eq("setlogmask_zero_reads", setlogmask(0), LOG_UPTO(LOG_WARNING));
	syslog(LOG_DEBUG, "dropped");
	syslog(LOG_INFO, "dropped too");
	syslog(LOG_CRIT, "kept");
	t_str("setlogmask_filters", after_stamp(got(d), "<26>"), "syslog: kept");
	t_str("setlogmask_nothing_else", got(d), "");
	setlogmask(0xff);
}

static void test_long_and_perror(int d)
{
	static char big[5000];
	char err[64] = "";
	int p[2], saved = dup(2);

	memset(big, 'a', sizeof big - 1);
	syslog(LOG_ERR, "%s", big);
	t_eq("syslog_long_cut", strlen(got(d)), 2047);
	if (pipe(p))
		return;
	dup2(p[1], 2);
	openlog("perr", LOG_PERROR, 0);
	syslog(LOG_ERR, "to both");
	dup2(saved, 2);
	close(p[1]);
	read(p[0], err, sizeof err - 1);
	close(p[0]);
	t_str("log_perror_stderr", err, "perr: to both\n");
	t_str("log_perror_daemon_too", after_stamp(got(d), "<27>"), "perr: to both");
	closelog();
}

static void test_daemon_gone(int *d)
{
	openlog(0, 0, 0);
	__trapdoor_test_syslog("/nonexistent-trapdoor/log");
	errno = EBADF;
	syslog(LOG_ERR, "nowhere");
	t_eq("no_daemon_keeps_errno", errno, EBADF);
	__trapdoor_test_syslog(path);
	syslog(LOG_ERR, "first");
	got(*d);
	close(*d);
	*d = daemon_socket();
	syslog(LOG_ERR, "after restart");
	t_str("reconnects_after_restart", after_stamp(got(*d), "<27>"), "syslog: after restart");
}

/* The name tables: each name maps to its constant, and each ends with a null name. */
static void test_names(void)
{
	CODE *c;
	int pri = -2, fac = -2, n = 0;

	for (c = prioritynames; c->c_name; c++)
		if (!strcmp(c->c_name, "warning"))
			pri = c->c_val;
	for (c = facilitynames; c->c_name; c++, n++)
		if (!strcmp(c->c_name, "local7"))
			fac = c->c_val;
	t_eq("prioritynames_warning", pri, LOG_WARNING);
	t_eq("facilitynames_local7", fac, LOG_LOCAL7);
	t_eq("facilitynames_count", n, 22);
}

int main(void)
{
	int d;

	test_names();
	t_tmpname(path, "log");
	d = daemon_socket();
	t_true("daemon_socket", d >= 0, strerror(errno));
	if (d < 0)
		return t_done();
	__trapdoor_test_syslog(path);
	test_lines(d);
	test_mask(d);
	test_long_and_perror(d);
	test_daemon_gone(&d);
	close(d);
	unlink(path);
	return t_done();
}
