#include <math.h>
#include "mathfn.h"
#include "x86_cpu.h"

/* The portable build; __sin_fma.c is the same source built for FMA and AVX2. */
#define sin __sin_base
#include "../sin.c"
#undef sin

X86_IFUNC(double, sin, (double x), X86_FMA, __sin_fma, __sin_base);
