#include "syslog_impl.h"

void syslog(int priority, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	__vsyslog(priority, fmt, ap);
	va_end(ap);
}
