/* Private parts of the exit area. */
#ifndef TRAPDOOR_EXIT_IMPL_H
#define TRAPDOOR_EXIT_IMPL_H

#include "libc.h"

/*
 * The handlers of atexit and at_quick_exit, in blocks of 32: the first block
 * is static, so the first 32 registrations need no malloc; each further one
 * is malloc'd, so there is no limit but memory.  A zeroed handler_stack is
 * an empty one.
 */
#define HANDLER_BLOCK 32

struct handler_block {
	struct handler_block *next;
	void (*f[HANDLER_BLOCK])(void);
};

struct handler_stack {
	struct handler_block first, *head;
	int used;
};

/* Push fn; -1 with errno ENOMEM when it needs a block and none can be had. */
hidden int __handler_push(struct handler_stack *s, void (*fn)(void));

/* Pop and run every handler, last pushed first, and any pushed meanwhile. */
hidden void __handler_run_all(struct handler_stack *s);

/* Run the at_quick_exit handlers, last registered first. */
hidden void __funcs_on_quick_exit(void);

#endif
