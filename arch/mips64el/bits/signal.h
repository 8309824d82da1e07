/* Signal numbers (mips values). */
#define SIGHUP    1
#define SIGINT    2
#define SIGQUIT   3
#define SIGILL    4
#define SIGTRAP   5
#define SIGABRT   6
#define SIGIOT    SIGABRT
#define SIGEMT    7
#define SIGFPE    8
#define SIGKILL   9
#define SIGBUS    10
#define SIGSEGV   11
#define SIGSYS    12
#define SIGPIPE   13
#define SIGALRM   14
#define SIGTERM   15
#define SIGUSR1   16
#define SIGUSR2   17
#define SIGCHLD   18
#define SIGCLD    SIGCHLD
#define SIGPWR    19
#define SIGWINCH  20
#define SIGURG    21
#define SIGIO     22
#define SIGPOLL   SIGIO
#define SIGSTOP   23
#define SIGTSTP   24
#define SIGCONT   25
#define SIGTTIN   26
#define SIGTTOU   27
#define SIGVTALRM 28
#define SIGPROF   29
#define SIGXCPU   30
#define SIGXFSZ   31
#define _NSIG     129

/* sigaction flags (mips values). */
#define SA_NOCLDSTOP 0x00000001
#define SA_NOCLDWAIT 0x00010000
#define SA_SIGINFO   0x00000008
#define SA_ONSTACK   0x08000000
#define SA_RESTART   0x10000000
#define SA_NODEFER   0x40000000
#define SA_RESETHAND 0x80000000
#define SA_NOMASK    SA_NODEFER
#define SA_ONESHOT   SA_RESETHAND

/* sigprocmask's how (mips values). */
#define SIG_BLOCK   1
#define SIG_UNBLOCK 2
#define SIG_SETMASK 3

/* The si_code values that differ by arch (mips values). */
#define SI_TIMER   (-3)
#define SI_MESGQ   (-4)
#define SI_ASYNCIO (-2)

/* The first three ints of siginfo_t, in the kernel's order: mips swaps two. */
#define __TD_SIGINFO_HEAD int si_signo; int si_code; int si_errno;
