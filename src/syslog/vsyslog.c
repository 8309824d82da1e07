#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "syscall.h"
#include "syslog_impl.h"
#include "tz_impl.h"

/* Longer messages are cut, as a datagram to the daemon would be anyway. */
#define LINE_MAX_SYSLOG 2048

/* The message to the daemon, then on failure to the console (LOG_CONS). */
static void deliver(const char *line, size_t len, size_t body)
{
	long fd;
	int tries;

	for (tries = 0; tries < 2; tries++) {
		if (__syslog_connect() == 0 && __syscall(SYS_sendto, __syslog.fd, line, len, 0, 0, 0) >= 0)
			return;
		__syslog_disconnect();
	}
	if (!(__syslog.option & LOG_CONS))
		return;
	fd = __syscall(SYS_openat, AT_FDCWD, "/dev/console", O_WRONLY | O_NOCTTY | O_CLOEXEC);
	if (fd < 0)
		return;
	__syscall(SYS_write, fd, line + body, len - body);
	__syscall(SYS_write, fd, "\r\n", 2);
	__syscall(SYS_close, fd);
}

/* The header's length after a snprintf that may have been cut. */
static size_t fit(size_t n, int r, size_t size)
{
	return r < 0 || n + (size_t)r >= size ? size - 1 : n + (size_t)r;
}

/*
 * "<PRI>Mmm dd hh:mm:ss ident[pid]: message" (RFC 3164's form, as glibc
 * sends it); LOG_PERROR copies "ident[pid]: message" to standard error.
 */
void __vsyslog(int priority, const char *fmt, va_list ap)
{
	char line[LINE_MAX_SYSLOG];
	int saved = errno;
	size_t n, body, tag;
	time_t now = time(0);
	struct tm tm;
	const char *ident = __syslog.ident ? __syslog.ident : __progname;

	priority &= LOG_PRIMASK | LOG_FACMASK;
	if (!(__syslog.mask & LOG_MASK(LOG_PRI(priority))))
		return;
	if (!(priority & LOG_FACMASK))
		priority |= __syslog.facility;
	body = n = fit(0, snprintf(line, sizeof line, "<%d>", priority), sizeof line);
	if (__localtime_r(&now, &tm))
		n += strftime(line + n, sizeof line - n, "%b %e %T ", &tm);
	tag = n;
	if (__syslog.option & LOG_PID)
		n = fit(n, snprintf(line + n, sizeof line - n, "%s[%ld]: ", ident ? ident : "",
				    __syscall(SYS_getpid)), sizeof line);
	else
		n = fit(n, snprintf(line + n, sizeof line - n, "%s: ", ident ? ident : ""), sizeof line);
	errno = saved;
	n = fit(n, vsnprintf(line + n, sizeof line - n, fmt, ap), sizeof line);
	if (__syslog.option & LOG_PERROR) {
		__syscall(SYS_write, 2, line + tag, n - tag);
		__syscall(SYS_write, 2, "\n", 1);
	}
	deliver(line, n, body);
	errno = saved;
}

weak_alias(__vsyslog, vsyslog);
