#include <ctype.h>
#undef islower

int islower(int c)
{
	return __td_ctype_class[(unsigned char)c + 128] & __TD_LOWER;
}
