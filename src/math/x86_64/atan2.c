#include <math.h>
#include "mathfn.h"
#include "x86_cpu.h"

/* The portable build; __atan2_fma.c is the same source built for FMA and AVX2. */
#define atan2 __atan2_base
#include "../atan2.c"
#undef atan2

X86_IFUNC(double, atan2, (double x, double y), X86_FMA, __atan2_fma, __atan2_base);
