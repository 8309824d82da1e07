/* The additive generator behind random and rand (src/stdlib/random.c). */
#ifndef TRAPDOOR_RANDOM_H
#define TRAPDOOR_RANDOM_H

#include "libc.h"

hidden long __random(void);
hidden void __srandom(unsigned seed);

#endif
