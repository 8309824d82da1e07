/*
 * syslog's state: what openlog set, the mask, and the datagram socket to
 * the log daemon's /dev/log (-1 while not connected).
 */
#ifndef TRAPDOOR_SYSLOG_IMPL_H
#define TRAPDOOR_SYSLOG_IMPL_H

#include <stdarg.h>
#include <syslog.h>
#include "libc.h"

struct __syslog {
	const char *ident;
	int option;
	int facility;
	int mask;
	int fd;
	const char *path;
};

extern hidden struct __syslog __syslog;

/* Connect to the daemon's socket when not connected: 0, or -1 when there is none. */
hidden int __syslog_connect(void);
hidden void __syslog_disconnect(void);
hidden void __vsyslog(int priority, const char *fmt, va_list ap);

#endif
