/* x19-x28, x29 (fp), x30 (lr), sp, d8-d15; one word spare. */
#define __TD_JB_WORDS 22
