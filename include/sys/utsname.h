#ifndef _SYS_UTSNAME_H
#define _SYS_UTSNAME_H

#include <features.h>

/* The kernel's new_utsname: six fields of 65 bytes. */
struct utsname {
	char sysname[65];
	char nodename[65];
	char release[65];
	char version[65];
	char machine[65];
#ifdef __TD_GNU
	char domainname[65];
#else
	char __domainname[65];
#endif
};

__TD_BEGIN_DECLS

int uname(struct utsname *buf);

__TD_END_DECLS

#endif
