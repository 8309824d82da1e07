/* s0-s11, ra, sp, fs0-fs11. */
#define __TD_JB_WORDS 26
