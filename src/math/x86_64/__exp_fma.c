/* exp for a CPU with FMA and AVX2 (x86_64/exp.c chooses it at start-up). */
#pragma GCC target("fma,avx2")
#include <math.h>
#include "mathfn.h"
#include "x86_cpu.h"

#define exp __exp_fma
#include "../exp.c"
