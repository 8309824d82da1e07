/* Private declarations shared across areas of the library. */
#ifndef TRAPDOOR_LIBC_H
#define TRAPDOOR_LIBC_H

#include <stddef.h>
#include <stdint.h>

/*
 * The library's private namespace.  Library code never calls a function by a
 * name the program may own (write, open, mmap, error, log, index ...): it
 * calls __syscall directly, or the reserved __name of a function whose public
 * name is then a weak alias:  weak_alias(__open, open);.  ISO C names
 * (malloc, memcpy, fopen ...) are reserved to the implementation and may be
 * called as they are.  Functions shared only inside the library are declared
 * hidden in a src/internal header.  test/check-namespace.sh enforces both
 * (docs/internals.md).
 */
#define weak_alias(old, new) \
	extern __typeof(old) new __attribute__((__weak__, __alias__(#old)))
#define hidden __attribute__((__visibility__("hidden")))

/* argv[0], and its part after the last slash: the name err and assert print. */
extern char *__progname_full, *__progname;

/* The auxiliary vector, as (type, value) pairs ending in AT_NULL. */
extern hidden size_t *__auxv;
hidden unsigned long __getauxval(unsigned long type);

/* The environment; environ is its public, weak name. */
extern char **__environ;

_Noreturn void __libc_start_main(int (*main)(), int argc, char **argv);

/* crt1.o's C entry, which the arch's _start calls with the initial stack pointer. */
hidden void __start_c(long *sp);

/* Bounds of the init and fini arrays, from the linker (weak: a program may have none). */
extern void (*const __preinit_array_start[])(int, char **, char **) __attribute__((weak));
extern void (*const __preinit_array_end[])(int, char **, char **) __attribute__((weak));
extern void (*const __init_array_start[])(int, char **, char **) __attribute__((weak));
extern void (*const __init_array_end[])(int, char **, char **) __attribute__((weak));
extern void (*const __fini_array_start[])(void) __attribute__((weak));
extern void (*const __fini_array_end[])(void) __attribute__((weak));

/*
 * The IRELATIVE relocations of a static program's indirect functions, from
 * the linker: RELA (the resolver's address in r_addend) or, on i386 and
 * arm, REL (the address already in the word to fill).  Weak: a linker
 * script that provides neither leaves them zero, an empty range.
 */
typedef struct { uintptr_t r_offset, r_info; } __Rel;
typedef struct { uintptr_t r_offset, r_info, r_addend; } __Rela;
extern hidden const __Rel __rel_iplt_start[] __attribute__((weak)), __rel_iplt_end[] __attribute__((weak));
extern hidden const __Rela __rela_iplt_start[] __attribute__((weak)), __rela_iplt_end[] __attribute__((weak));

/* Set the stack-protector canary from the kernel's AT_RANDOM bytes. */
hidden void __init_ssp(const void *entropy);
extern uintptr_t __stack_chk_guard;
/* Where code built with a stack protector goes when the canary has changed. */
_Noreturn void __stack_chk_fail(void);

/*
 * Lay out the program's static TLS block and the thread control block (with
 * the canary where the arch's compiler reads it) and set the thread pointer.
 * Runs once, after __init_ssp and before any code built with a stack protector.
 */
hidden void __init_tls(void);

/* Run at exit, in this order; each is a no-op unless its area is linked. */
hidden void __funcs_on_exit(void);
hidden void __libc_exit_fini(void);
hidden void __stdio_exit(void);

#endif
