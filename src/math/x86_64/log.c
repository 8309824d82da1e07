#include <math.h>
#include "mathfn.h"
#include "x86_cpu.h"

/* The portable build; __log_fma.c is the same source built for FMA and AVX2. */
#define log __log_base
#include "../log.c"
#undef log

X86_IFUNC(double, log, (double x), X86_FMA, __log_fma, __log_base);
