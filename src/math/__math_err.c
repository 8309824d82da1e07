/*
 * The error paths of the transcendental functions: Annex F's value, its
 * exception raised by a real operation on a volatile operand (so that no
 * compiler folds it away), and errno: ERANGE for a pole, an overflow or an
 * underflow to zero, EDOM for a domain error, as glibc sets them.
 */
#include "mathfn.h"

static double force(double x)
{
	volatile double v = x;
	return v;
}

static float forcef(float x)
{
	volatile float v = x;
	return v;
}

hidden double __m_oflow(uint32_t sign)
{
	volatile double big = 0x1p769;
	errno = ERANGE;
	return force((sign ? -big : big) * big);
}

hidden double __m_uflow(uint32_t sign)
{
	volatile double tiny = 0x1p-767;
	errno = ERANGE;
	return force((sign ? -tiny : tiny) * tiny);
}

hidden double __m_divzero(uint32_t sign)
{
	volatile double zero = 0.0;
	errno = ERANGE;
	return force((sign ? -1.0 : 1.0) / zero);
}

hidden double __m_invalid(double x)
{
	double y = force((x - x) / (x - x));
	if (y != y && x == x)
		errno = EDOM;
	return y;
}

hidden float __m_oflowf(uint32_t sign)
{
	volatile float big = 0x1p97f;
	errno = ERANGE;
	return forcef((sign ? -big : big) * big);
}

hidden float __m_uflowf(uint32_t sign)
{
	volatile float tiny = 0x1p-95f;
	errno = ERANGE;
	return forcef((sign ? -tiny : tiny) * tiny);
}

hidden float __m_divzerof(uint32_t sign)
{
	volatile float zero = 0.0f;
	errno = ERANGE;
	return forcef((sign ? -1.0f : 1.0f) / zero);
}

hidden float __m_invalidf(float x)
{
	float y = forcef((x - x) / (x - x));
	if (y != y && x == x)
		errno = EDOM;
	return y;
}
