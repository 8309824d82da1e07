/* The C half of sigsetjmp (src/setjmp/<arch>/sigsetjmp.S). */
#ifndef TRAPDOOR_SETJMP_IMPL_H
#define TRAPDOOR_SETJMP_IMPL_H

#include <setjmp.h>
#include "libc.h"

/* Record in env whether the mask is saved, and save it if so. */
hidden void __sigsetjmp_save(sigjmp_buf env, int savemask);

#endif
