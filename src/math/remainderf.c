#include "libm.h"

float remainderf(float x, float y)
{
	int q;

	return remquof(x, y, &q);
}
