#include <math.h>
#include "mathfn.h"
#include "x86_cpu.h"

/* The portable build; __cos_fma.c is the same source built for FMA and AVX2. */
#define cos __cos_base
#include "../cos.c"
#undef cos

X86_IFUNC(double, cos, (double x), X86_FMA, __cos_fma, __cos_base);
