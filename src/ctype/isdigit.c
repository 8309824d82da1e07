#include <ctype.h>
#undef isdigit

int isdigit(int c)
{
	unsigned i = (unsigned)c + 128;

	return i < 384 ? __td_ctype_class[i] & __TD_DIGIT : 0;
}
