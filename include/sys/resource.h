#ifndef _SYS_RESOURCE_H
#define _SYS_RESOURCE_H

#include <features.h>
#include <bits/alltypes.h>
#include <bits/resource.h>

/* 64-bit everywhere: prlimit64 is the one call used on every arch. */
typedef __UINT64_TYPE__ rlim_t;

#define RLIM_INFINITY  (~(rlim_t)0)
#define RLIM_SAVED_CUR RLIM_INFINITY
#define RLIM_SAVED_MAX RLIM_INFINITY

#define RUSAGE_SELF     0
#define RUSAGE_CHILDREN (-1)
#define RUSAGE_THREAD   1

#define PRIO_PROCESS 0
#define PRIO_PGRP    1
#define PRIO_USER    2

struct rlimit {
	rlim_t rlim_cur;
	rlim_t rlim_max;
};

/* Shared with <sys/time.h>, whichever is included first defines it. */
#ifndef __DEFINED_struct_timeval
#define __DEFINED_struct_timeval
struct timeval {
	time_t tv_sec;
	suseconds_t tv_usec;
};
#endif

struct rusage {
	struct timeval ru_utime;
	struct timeval ru_stime;
	long ru_maxrss;
	long ru_ixrss;
	long ru_idrss;
	long ru_isrss;
	long ru_minflt;
	long ru_majflt;
	long ru_nswap;
	long ru_inblock;
	long ru_oublock;
	long ru_msgsnd;
	long ru_msgrcv;
	long ru_nsignals;
	long ru_nvcsw;
	long ru_nivcsw;
};

__TD_BEGIN_DECLS

int getrlimit(int resource, struct rlimit *rlim);
int setrlimit(int resource, const struct rlimit *rlim);
int prlimit(pid_t pid, int resource, const struct rlimit *new_limit, struct rlimit *old_limit);
int getrusage(int who, struct rusage *usage);
int getpriority(int which, id_t who);
int setpriority(int which, id_t who, int prio);

__TD_END_DECLS

#endif
