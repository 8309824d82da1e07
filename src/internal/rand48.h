/* The 48-bit linear congruential generator behind the drand48 family. */
#ifndef TRAPDOOR_RAND48_H
#define TRAPDOOR_RAND48_H

#include <stdint.h>
#include "libc.h"

/* X for drand48, lrand48, mrand48; seed48 returns it, srand48/lcong48 set it. */
extern hidden unsigned short __rand48_x[3];

/* X = (a * X + c) mod 2^48 on xsubi (three 16-bit words, low first); the new X. */
hidden uint64_t __rand48_step(unsigned short xsubi[3]);

/* lcong48's a and c; srand48 and seed48 put back the standard ones. */
hidden void __rand48_reset(void);
hidden void __rand48_set(const unsigned short a[3], unsigned short c);

#endif
