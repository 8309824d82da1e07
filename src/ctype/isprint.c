#include <ctype.h>
#undef isprint

int isprint(int c)
{
	unsigned i = (unsigned)c + 128;

	return i < 384 ? __td_ctype_class[i] & __TD_PRINT : 0;
}
