/* ebx esi edi ebp, esp after return, return address: one 8-byte word each. */
#define __TD_JB_WORDS 6
