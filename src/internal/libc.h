/* Private declarations shared across areas of the library. */
#ifndef TRAPDOOR_LIBC_H
#define TRAPDOOR_LIBC_H

#include <stddef.h>

#define weak_alias(old, new) \
	extern __typeof(old) new __attribute__((__weak__, __alias__(#old)))

/* The auxiliary vector, as (type, value) pairs ending in AT_NULL. */
extern size_t *__auxv;

_Noreturn void __libc_start_main(int (*main)(), int argc, char **argv);

/* Set the stack-protector canary from the kernel's AT_RANDOM bytes. */
void __init_ssp(const void *entropy);

/* Run at exit, in this order; each is a no-op unless its area is linked. */
void __funcs_on_exit(void);
void __libc_exit_fini(void);
void __stdio_exit(void);

#endif
