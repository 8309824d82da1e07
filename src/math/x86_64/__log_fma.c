/* log for a CPU with FMA and AVX2 (x86_64/log.c chooses it at start-up). */
#pragma GCC target("fma,avx2")
#include <math.h>
#include "mathfn.h"
#include "x86_cpu.h"

#define log __log_fma
#include "../log.c"
