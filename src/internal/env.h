/* The environment's bookkeeping, shared by setenv, putenv, unsetenv, clearenv. */
#ifndef TRAPDOOR_ENV_H
#define TRAPDOOR_ENV_H

#include <stddef.h>
#include "libc.h"


/*
 * Put entry ("NAME=value", the name n bytes long) in the environment, in
 * place of any variable of that name.  owned: the library allocated it and
 * frees it when it is replaced or removed.  0, or -1 with ENOMEM.
 */
hidden int __env_put(char *entry, size_t n, int owned);

/* Take every variable of that name out (freeing the library's own strings). */
hidden void __env_remove(const char *name, size_t n);

/* Forget the environment: free the library's array and strings. */
hidden void __env_clear(void);

#endif
