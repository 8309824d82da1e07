#include <limits.h>
#include "libm.h"

/* Beyond int's range the result is 0 or infinite all the same. */
double scalbln(double x, long n)
{
	if (n > INT_MAX)
		n = INT_MAX;
	else if (n < INT_MIN)
		n = INT_MIN;
	return scalbn(x, (int)n);
}
