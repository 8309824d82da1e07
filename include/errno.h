#ifndef _ERRNO_H
#define _ERRNO_H

#include <features.h>
#include <bits/errno.h>

__TD_BEGIN_DECLS
int *__errno_location(void) __attribute__((__const__));
#define errno (*__errno_location())
#ifdef __TD_GNU
extern char *program_invocation_name, *program_invocation_short_name;
#endif
__TD_END_DECLS

#endif
