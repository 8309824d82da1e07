#ifndef _MATH_H
#define _MATH_H

#include <features.h>
#include <bits/float_t.h>

#define HUGE_VAL __builtin_huge_val()
#define HUGE_VALF __builtin_huge_valf()
#define HUGE_VALL __builtin_huge_vall()
#define INFINITY __builtin_inff()
#define NAN __builtin_nanf("")

#define FP_NAN 0
#define FP_INFINITE 1
#define FP_ZERO 2
#define FP_SUBNORMAL 3
#define FP_NORMAL 4

/* One value for both, on every arch, as x87's fxtract gives it (and musl). */
#define FP_ILOGB0 (-2147483647 - 1)
#define FP_ILOGBNAN (-2147483647 - 1)

#define MATH_ERRNO 1
#define MATH_ERREXCEPT 2
#define math_errhandling (MATH_ERRNO | MATH_ERREXCEPT)

#ifdef __FP_FAST_FMA
#define FP_FAST_FMA 1
#endif
#ifdef __FP_FAST_FMAF
#define FP_FAST_FMAF 1
#endif
#ifdef __FP_FAST_FMAL
#define FP_FAST_FMAL 1
#endif

#define fpclassify(x) \
	__builtin_fpclassify(FP_NAN, FP_INFINITE, FP_NORMAL, FP_SUBNORMAL, FP_ZERO, x)
#define isnan(x) __builtin_isnan(x)
#define isinf(x) __builtin_isinf(x)
#define isfinite(x) __builtin_isfinite(x)
#define isnormal(x) __builtin_isnormal(x)
/* By size: clang's __builtin_signbit takes a double only. */
#define signbit(x) \
	(sizeof(x) == sizeof(float) ? __builtin_signbitf(x) : \
	 sizeof(x) == sizeof(double) ? __builtin_signbit(x) : __builtin_signbitl(x))
#define isgreater(x, y) __builtin_isgreater(x, y)
#define isgreaterequal(x, y) __builtin_isgreaterequal(x, y)
#define isless(x, y) __builtin_isless(x, y)
#define islessequal(x, y) __builtin_islessequal(x, y)
#define islessgreater(x, y) __builtin_islessgreater(x, y)
#define isunordered(x, y) __builtin_isunordered(x, y)

#if defined(__TD_XOPEN)
#define M_E 2.7182818284590452354
#define M_LOG2E 1.4426950408889634074
#define M_LOG10E 0.43429448190325182765
#define M_LN2 0.69314718055994530942
#define M_LN10 2.30258509299404568402
#define M_PI 3.14159265358979323846
#define M_PI_2 1.57079632679489661923
#define M_PI_4 0.78539816339744830962
#define M_1_PI 0.31830988618379067154
#define M_2_PI 0.63661977236758134308
#define M_2_SQRTPI 1.12837916709551257390
#define M_SQRT2 1.41421356237309504880
#define M_SQRT1_2 0.70710678118654752440
#define MAXFLOAT 3.40282346638528859812e+38F
extern int signgam;
#endif

__TD_BEGIN_DECLS

/*
 * Each function in its double, float and long double forms.  The long
 * double forms that are not written yet are declared all the same: a
 * program calling one fails to link (docs/math.md lists them).
 */
#define __TD_MATH1(name) \
	double name(double x); float name##f(float x); long double name##l(long double x)
#define __TD_MATH2(name) \
	double name(double x, double y); float name##f(float x, float y); \
	long double name##l(long double x, long double y)

__TD_MATH1(acos);
__TD_MATH1(asin);
__TD_MATH1(atan);
__TD_MATH2(atan2);
__TD_MATH1(cos);
__TD_MATH1(sin);
__TD_MATH1(tan);
__TD_MATH1(acosh);
__TD_MATH1(asinh);
__TD_MATH1(atanh);
__TD_MATH1(cosh);
__TD_MATH1(sinh);
__TD_MATH1(tanh);
__TD_MATH1(exp);
__TD_MATH1(exp2);
__TD_MATH1(expm1);
__TD_MATH1(log);
__TD_MATH1(log10);
__TD_MATH1(log1p);
__TD_MATH1(log2);
__TD_MATH1(logb);
__TD_MATH1(cbrt);
__TD_MATH1(fabs);
__TD_MATH2(hypot);
__TD_MATH2(pow);
__TD_MATH1(sqrt);
__TD_MATH1(erf);
__TD_MATH1(erfc);
__TD_MATH1(lgamma);
__TD_MATH1(tgamma);
__TD_MATH1(ceil);
__TD_MATH1(floor);
__TD_MATH1(nearbyint);
__TD_MATH1(rint);
__TD_MATH1(round);
__TD_MATH1(trunc);
__TD_MATH2(fmod);
__TD_MATH2(remainder);
__TD_MATH2(copysign);
__TD_MATH2(nextafter);
__TD_MATH2(fdim);
__TD_MATH2(fmax);
__TD_MATH2(fmin);

double frexp(double x, int *exp);
float frexpf(float x, int *exp);
long double frexpl(long double x, int *exp);
double ldexp(double x, int exp);
float ldexpf(float x, int exp);
long double ldexpl(long double x, int exp);
double scalbn(double x, int n);
float scalbnf(float x, int n);
long double scalbnl(long double x, int n);
double scalbln(double x, long n);
float scalblnf(float x, long n);
long double scalblnl(long double x, long n);
int ilogb(double x);
int ilogbf(float x);
int ilogbl(long double x);
double modf(double x, double *iptr);
float modff(float x, float *iptr);
long double modfl(long double x, long double *iptr);
long lrint(double x);
long lrintf(float x);
long lrintl(long double x);
long long llrint(double x);
long long llrintf(float x);
long long llrintl(long double x);
long lround(double x);
long lroundf(float x);
long lroundl(long double x);
long long llround(double x);
long long llroundf(float x);
long long llroundl(long double x);
double remquo(double x, double y, int *quo);
float remquof(float x, float y, int *quo);
long double remquol(long double x, long double y, int *quo);
double nan(const char *tagp);
float nanf(const char *tagp);
long double nanl(const char *tagp);
double nexttoward(double x, long double y);
float nexttowardf(float x, long double y);
long double nexttowardl(long double x, long double y);
double fma(double x, double y, double z);
float fmaf(float x, float y, float z);
long double fmal(long double x, long double y, long double z);

#ifdef __TD_MISC
double lgamma_r(double x, int *sign);
float lgammaf_r(float x, int *sign);
long double lgammal_r(long double x, int *sign);
#endif

#ifdef __TD_GNU
void sincos(double x, double *s, double *c);
void sincosf(float x, float *s, float *c);
#endif

#undef __TD_MATH1
#undef __TD_MATH2

__TD_END_DECLS

#endif
