/* The additive generator behind random and rand (src/stdlib/random.c). */
#ifndef TRAPDOOR_RANDOM_H
#define TRAPDOOR_RANDOM_H

#include <stddef.h>
#include "libc.h"

hidden long __random(void);
hidden void __srandom(unsigned seed);
hidden char *__initstate(unsigned seed, char *buf, size_t n);
hidden char *__setstate(char *buf);

#endif
