#include "ksigaction.h"

/*
 * Every signal sigaction has ever given a handler (never cleared: a stale
 * bit only costs a query).  posix_spawn's child resets just these, instead
 * of asking the kernel about all 64 signals; its own object, so that
 * posix_spawn does not pull sigaction in.
 */
unsigned long __sig_handlers[KSIGSET_SIZE / sizeof(unsigned long)];
