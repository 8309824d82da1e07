#include <ctype.h>
#undef toupper

int toupper(int c)
{
	unsigned i = (unsigned)c + 128;

	return i < 384 ? __td_ctype_upper[i] : c;
}
