/* r6-r13, r14 (return address), r15 (sp), f8-f15. */
#define __TD_JB_WORDS 18
