#include <stdarg.h>
#include <sys/ptrace.h>
#include "syscall.h"

long ptrace(int request, ...)
{
	va_list ap;
	pid_t pid;
	void *addr, *data;
	long word, r;
	int peek = request >= PTRACE_PEEKTEXT && request <= PTRACE_PEEKUSER;

	va_start(ap, request);
	pid = va_arg(ap, pid_t);
	addr = va_arg(ap, void *);
	data = va_arg(ap, void *);
	va_end(ap);
	/* The kernel stores a peeked word through data and returns 0. */
	r = __syscall(SYS_ptrace, request, pid, addr, peek ? &word : data);
	if (r || !peek)
		return __syscall_ret(r);
	return word;
}
