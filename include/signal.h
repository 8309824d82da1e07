#ifndef _SIGNAL_H
#define _SIGNAL_H

#include <features.h>
#include <bits/alltypes.h>
#include <bits/signal.h>

#define SIG_ERR ((void (*)(int))-1)
#define SIG_DFL ((void (*)(int))0)
#define SIG_IGN ((void (*)(int))1)

#define SIG_BLOCK   0
#define SIG_UNBLOCK 1
#define SIG_SETMASK 2

/* 1024 bits, as glibc and musl, so the type can grow with the kernel's. */
typedef struct {
	unsigned long __bits[128 / sizeof(long)];
} sigset_t;

__TD_BEGIN_DECLS

int kill(pid_t pid, int sig);
int raise(int sig);

__TD_END_DECLS

#endif
