#ifndef _SIGNAL_H
#define _SIGNAL_H

#include <features.h>
#include <bits/alltypes.h>
#include <bits/signal.h>
#include <bits/sigstack.h>

#define SIG_ERR ((void (*)(int))-1)
#define SIG_DFL ((void (*)(int))0)
#define SIG_IGN ((void (*)(int))1)


#define NSIG _NSIG

/* sigaltstack: ss_flags. */
#define SS_ONSTACK    1
#define SS_DISABLE    2
#define SS_AUTODISARM (1U << 31)

/* si_code values: who sent the signal, or what happened to a child. */
#define SI_USER    0
#define SI_KERNEL  0x80
#define SI_QUEUE   (-1)
#define SI_SIGIO   (-5)
#define SI_TKILL   (-6)

/* si_code values of the fault signals and SIGPOLL. */
#define ILL_ILLOPC 1
#define ILL_ILLOPN 2
#define ILL_ILLADR 3
#define ILL_ILLTRP 4
#define ILL_PRVOPC 5
#define ILL_PRVREG 6
#define ILL_COPROC 7
#define ILL_BADSTK 8
#define FPE_INTDIV 1
#define FPE_INTOVF 2
#define FPE_FLTDIV 3
#define FPE_FLTOVF 4
#define FPE_FLTUND 5
#define FPE_FLTRES 6
#define FPE_FLTINV 7
#define FPE_FLTSUB 8
#define SEGV_MAPERR 1
#define SEGV_ACCERR 2
#define BUS_ADRALN 1
#define BUS_ADRERR 2
#define BUS_OBJERR 3
#define TRAP_BRKPT 1
#define TRAP_TRACE 2
#define POLL_IN  1
#define POLL_OUT 2
#define POLL_MSG 3
#define POLL_ERR 4
#define POLL_PRI 5
#define POLL_HUP 6

#define CLD_EXITED    1
#define CLD_KILLED    2
#define CLD_DUMPED    3
#define CLD_TRAPPED   4
#define CLD_STOPPED   5
#define CLD_CONTINUED 6

/* 1024 bits, as glibc and musl, so the type can grow with the kernel's. */
typedef struct {
	unsigned long __bits[128 / sizeof(long)];
} sigset_t;

typedef int sig_atomic_t;

union sigval {
	int sival_int;
	void *sival_ptr;
};

/* The kernel's 64-byte sigevent: how a POSIX timer (timer_create) notifies. */
struct sigevent {
	union sigval sigev_value;
	int sigev_signo;
	int sigev_notify;
	union {
		char __pad[64 - 2 * sizeof(int) - sizeof(union sigval)];
		int __tid;
		struct {
			void (*__function)(union sigval);
			void *__attr;
		} __thr;
	} __sev;
};

#define sigev_notify_function   __sev.__thr.__function
#define sigev_notify_attributes __sev.__thr.__attr

#define SIGEV_SIGNAL 0
#define SIGEV_NONE   1
#define SIGEV_THREAD 2

/*
 * The kernel's 128-byte siginfo: three ints (mips swaps si_code and
 * si_errno: bits/signal.h), then the per-cause fields, aligned as a pointer
 * (offset 16 on a 64-bit arch, 12 on a 32-bit one) and padded to fill the
 * 128 bytes.  Every cause that names a process starts
 * with its pid and uid, so si_pid and si_uid are read the same way for all.
 */
typedef struct {
	__TD_SIGINFO_HEAD
	union {
		char __pad[128 - 2 * sizeof(int) - sizeof(void *)];
		struct {
			pid_t __pid;
			uid_t __uid;
			union sigval __value;
		} __kill;
		struct {
			pid_t __pid;
			uid_t __uid;
			int __status;
			clock_t __utime;
			clock_t __stime;
		} __chld;
		struct {
			void *__addr;
		} __fault;
	} __si;
} siginfo_t;

#define si_pid    __si.__kill.__pid
#define si_uid    __si.__kill.__uid
#define si_value  __si.__kill.__value
#define si_status __si.__chld.__status
#define si_utime  __si.__chld.__utime
#define si_stime  __si.__chld.__stime
#define si_addr   __si.__fault.__addr

struct sigaction {
	union {
		void (*sa_handler)(int);
		void (*sa_sigaction)(int, siginfo_t *, void *);
	} __sa_handler;
	sigset_t sa_mask;
	int sa_flags;
	void (*sa_restorer)(void);
};

#define sa_handler   __sa_handler.sa_handler
#define sa_sigaction __sa_handler.sa_sigaction

__TD_BEGIN_DECLS

int kill(pid_t pid, int sig);
int killpg(pid_t pgrp, int sig);
int raise(int sig);
int sigaction(int sig, const struct sigaction *__restrict_arg act,
	      struct sigaction *__restrict_arg oldact);
void (*signal(int sig, void (*handler)(int)))(int);
int sigprocmask(int how, const sigset_t *__restrict_arg set, sigset_t *__restrict_arg oldset);
int sigpending(sigset_t *set);
int sigsuspend(const sigset_t *mask);
int sigemptyset(sigset_t *set);
int sigfillset(sigset_t *set);
int sigaddset(sigset_t *set, int sig);
int sigdelset(sigset_t *set, int sig);
int sigismember(const sigset_t *set, int sig);

#ifdef __TD_POSIX
struct timespec;
int sigwait(const sigset_t *__restrict_arg set, int *__restrict_arg sig);
int sigwaitinfo(const sigset_t *__restrict_arg set, siginfo_t *__restrict_arg info);
int sigtimedwait(const sigset_t *__restrict_arg set, siginfo_t *__restrict_arg info,
		 const struct timespec *__restrict_arg timeout);
int sigqueue(pid_t pid, int sig, const union sigval value);
void psignal(int sig, const char *s);
void psiginfo(const siginfo_t *info, const char *s);
#endif

#if defined(__TD_XOPEN) || defined(__TD_MISC)
int sigaltstack(const stack_t *__restrict_arg ss, stack_t *__restrict_arg old);
int siginterrupt(int sig, int flag);
#endif

__TD_END_DECLS

#endif
