#include <math.h>
#include "mathfn.h"
#include "x86_cpu.h"

/* The portable build; __exp_fma.c is the same source built for FMA and AVX2. */
#define exp __exp_base
#include "../exp.c"
#undef exp

X86_IFUNC(double, exp, (double x), X86_FMA, __exp_fma, __exp_base);
