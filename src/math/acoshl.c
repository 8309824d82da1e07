#include "libm.h"

#if LDBL_MANT_DIG == DBL_MANT_DIG
__LD_AS_D1(acosh)
#endif
