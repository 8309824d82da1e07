/* Private parts of the exit area. */
#ifndef TRAPDOOR_EXIT_IMPL_H
#define TRAPDOOR_EXIT_IMPL_H

#include "libc.h"

/* Run the at_quick_exit handlers, last registered first. */
hidden void __funcs_on_quick_exit(void);

#endif
