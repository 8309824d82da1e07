/* r4-r11, sp, lr (five 8-byte words), then d8-d15. */
#define __TD_JB_WORDS 13
