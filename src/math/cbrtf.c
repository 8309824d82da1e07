#include "libm.h"

/* cbrt's error is far below float's half unit: one rounding to float is all. */
float cbrtf(float x)
{
	return (float)cbrt(x);
}
