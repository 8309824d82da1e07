/* cos for a CPU with FMA and AVX2 (x86_64/cos.c chooses it at start-up). */
#pragma GCC target("fma,avx2")
#include <math.h>
#include "mathfn.h"
#include "x86_cpu.h"

#define cos __cos_fma
#include "../cos.c"
