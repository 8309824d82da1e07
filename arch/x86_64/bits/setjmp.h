/* rbx rbp r12 r13 r14 r15, rsp after return, return address. */
#define __TD_JB_WORDS 8
