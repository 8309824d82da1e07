/* The types float and double expressions are evaluated in (FLT_EVAL_METHOD). */
#ifndef _BITS_FLOAT_T_H
#define _BITS_FLOAT_T_H

#if defined(__FLT_EVAL_METHOD__) && __FLT_EVAL_METHOD__ == 2
typedef long double float_t;
typedef long double double_t;
#elif defined(__FLT_EVAL_METHOD__) && __FLT_EVAL_METHOD__ == 1
typedef double float_t;
typedef double double_t;
#else
typedef float float_t;
typedef double double_t;
#endif

#endif
