#ifndef _SYS_KLOG_H
#define _SYS_KLOG_H

#include <features.h>

__TD_BEGIN_DECLS

/* syslog(2): type is one of the kernel's SYSLOG_ACTION_* numbers (0 to 10). */
int klogctl(int type, char *buf, int len);

__TD_END_DECLS

#endif
