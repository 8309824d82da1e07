#include "libm.h"

/* As rint, in float_t. */
float rintf(float x)
{
	static const float_t toint = __TOINT(float_t);
	uint32_t u = __f2u(x);
	int e = (int)(u >> 23 & 0xff);
	float y;

	if (e >= 0x7f + 23)
		return e == 0xff ? x + x : x;
	if (u >> 31)
		y = (float)((float_t)x - toint + toint);
	else
		y = (float)((float_t)x + toint - toint);
	if (y == 0)
		return u >> 31 ? -0.0f : 0.0f;
	return y;
}
