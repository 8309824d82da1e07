#include <math.h>
#include "mathfn.h"
#include "x86_cpu.h"

/* The portable build; __pow_fma.c is the same source built for FMA and AVX2. */
#define pow __pow_base
#include "../pow.c"
#undef pow

X86_IFUNC(double, pow, (double x, double y), X86_FMA, __pow_fma, __pow_base);
