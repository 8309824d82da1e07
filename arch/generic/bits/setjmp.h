/*
 * Room in a jmp_buf for one arch's callee-saved registers, stack pointer
 * and return address, in 8-byte words.  An arch whose setjmp.S needs less
 * (or more) says so in arch/<arch>/bits/setjmp.h.
 */
#define __TD_JB_WORDS 64
