/*
 * The built-in syscall trace (configure --enable-trace, docs/porting.md
 * "Reading the trace").  Only in a trace build does syscall.h send every
 * __syscall through __trace_syscall; the default build has no trace code.
 */
#ifndef TRAPDOOR_TRACE_H
#define TRAPDOOR_TRACE_H

#include "libc.h"

/* Makes system call n with its argc arguments through the raw trap, and
 * when TRAPDOOR_TRACE is set writes it and its result as a trace line. */
hidden long __trace_syscall(long n, int argc, long a, long b, long c, long d, long e, long f);

#endif
