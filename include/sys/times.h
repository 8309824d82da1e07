#ifndef _SYS_TIMES_H
#define _SYS_TIMES_H

#include <features.h>
#include <bits/alltypes.h>

struct tms {
	clock_t tms_utime;
	clock_t tms_stime;
	clock_t tms_cutime;
	clock_t tms_cstime;
};

__TD_BEGIN_DECLS

clock_t times(struct tms *buf);

__TD_END_DECLS

#endif
