#ifndef _STDLIB_H
#define _STDLIB_H

#include <features.h>
#include <stddef.h>

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1

__TD_BEGIN_DECLS

_Noreturn void exit(int status);
_Noreturn void _Exit(int status);
_Noreturn void abort(void);
int atexit(void (*func)(void));
char *getenv(const char *name);

__TD_END_DECLS

#endif
