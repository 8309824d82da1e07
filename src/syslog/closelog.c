#include "syslog_impl.h"

void closelog(void)
{
	__syslog_disconnect();
	__syslog.ident = 0;
}
