/* r14-r31, r1, r2, lr, cr, f14-f31, v20-v31 (two words each). */
#define __TD_JB_WORDS 64
