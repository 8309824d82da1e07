#ifndef _SYS_FSUID_H
#define _SYS_FSUID_H

#include <features.h>
#include <bits/alltypes.h>

__TD_BEGIN_DECLS

int setfsuid(uid_t uid);
int setfsgid(gid_t gid);

__TD_END_DECLS

#endif
