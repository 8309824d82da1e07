#define _DEFAULT_SOURCE 1
#include <signal.h>
#include <string.h>
#include "string_impl.h"
#include "utoa.h"

/* Descriptions worded as glibc words them; indexes are this arch's numbers. */
static const char *const names[] = {
	[SIGHUP] = "Hangup",
	[SIGINT] = "Interrupt",
	[SIGQUIT] = "Quit",
	[SIGILL] = "Illegal instruction",
	[SIGTRAP] = "Trace/breakpoint trap",
	[SIGABRT] = "Aborted",
	[SIGBUS] = "Bus error",
	[SIGFPE] = "Floating point exception",
	[SIGKILL] = "Killed",
	[SIGUSR1] = "User defined signal 1",
	[SIGSEGV] = "Segmentation fault",
	[SIGUSR2] = "User defined signal 2",
	[SIGPIPE] = "Broken pipe",
	[SIGALRM] = "Alarm clock",
	[SIGTERM] = "Terminated",
#ifdef SIGSTKFLT
	[SIGSTKFLT] = "Stack fault",
#endif
#ifdef SIGEMT
	[SIGEMT] = "EMT trap",
#endif
	[SIGCHLD] = "Child exited",
	[SIGCONT] = "Continued",
	[SIGSTOP] = "Stopped (signal)",
	[SIGTSTP] = "Stopped",
	[SIGTTIN] = "Stopped (tty input)",
	[SIGTTOU] = "Stopped (tty output)",
	[SIGURG] = "Urgent I/O condition",
	[SIGXCPU] = "CPU time limit exceeded",
	[SIGXFSZ] = "File size limit exceeded",
	[SIGVTALRM] = "Virtual timer expired",
	[SIGPROF] = "Profiling timer expired",
	[SIGWINCH] = "Window changed",
	[SIGIO] = "I/O possible",
	[SIGPWR] = "Power failure",
	[SIGSYS] = "Bad system call",
};

/*
 * glibc's first real-time signal for programs is 34 (it keeps 32 and 33 for
 * its threads); glibc numbers the rest from there, and so do we.
 */
#define RT_FIRST 34

char *__strsignal(int sig)
{
	static const char rt[] = "Real-time signal ", unknown[] = "Unknown signal ";
	static char buf[sizeof unknown + 12];
	const char *prefix = unknown;
	char *p = buf + sizeof buf - 1;
	unsigned v = sig < 0 ? -(unsigned)sig : (unsigned)sig;
	size_t n;

	if (sig > 0 && (size_t)sig < sizeof names / sizeof *names && names[sig])
		return (char *)names[sig];
	if (sig >= RT_FIRST && sig < _NSIG) {
		prefix = rt;
		v = sig - RT_FIRST;
	}
	*p = 0;
	p = __utoa_before(p, v);
	if (sig < 0 && prefix == unknown)
		*--p = '-';
	n = strlen(prefix);
	p -= n;
	memcpy(p, prefix, n);
	return p;
}

weak_alias(__strsignal, strsignal);
