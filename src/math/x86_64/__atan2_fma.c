/* atan2 for a CPU with FMA and AVX2 (x86_64/atan2.c chooses it at start-up). */
#pragma GCC target("fma,avx2")
#include <math.h>
#include "mathfn.h"
#include "x86_cpu.h"

#define atan2 __atan2_fma
#include "../atan2.c"
