#ifndef _UTIME_H
#define _UTIME_H

#include <features.h>
#include <bits/alltypes.h>

struct utimbuf {
	time_t actime;
	time_t modtime;
};

__TD_BEGIN_DECLS

int utime(const char *path, const struct utimbuf *times);

__TD_END_DECLS

#endif
