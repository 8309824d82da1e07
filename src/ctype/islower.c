#include <ctype.h>
#undef islower

int islower(int c)
{
	unsigned i = (unsigned)c + 128;

	return i < 384 ? __td_ctype_class[i] & __TD_LOWER : 0;
}
