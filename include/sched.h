#ifndef _SCHED_H
#define _SCHED_H

#include <features.h>
#include <bits/sched.h>

#define SCHED_OTHER 0
#define SCHED_FIFO  1
#define SCHED_RR    2
#define SCHED_BATCH 3
#define SCHED_IDLE  5

struct sched_param {
	int sched_priority;
};

__TD_BEGIN_DECLS

int sched_yield(void);

#ifdef __TD_GNU
int unshare(int flags);
int setns(int fd, int nstype);
#endif

__TD_END_DECLS

#endif
