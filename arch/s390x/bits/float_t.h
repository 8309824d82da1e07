/*
 * float_t is double on s390x whatever the compiler's FLT_EVAL_METHOD (1
 * under -std=c11, 0 in GNU modes): the type is part of the ABI, and glibc
 * and musl fixed it at double.
 */
#ifndef _BITS_FLOAT_T_H
#define _BITS_FLOAT_T_H

typedef double float_t;
typedef double double_t;

#endif
