#include "syslog_impl.h"

/* A facility with bits outside LOG_FACMASK is ignored, as glibc does. */
void openlog(const char *ident, int option, int facility)
{
	__syslog.ident = ident;
	__syslog.option = option;
	if (facility && !(facility & ~LOG_FACMASK))
		__syslog.facility = facility;
	if (option & LOG_NDELAY)
		__syslog_connect();
}
