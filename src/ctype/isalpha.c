#include <ctype.h>
#undef isalpha

int isalpha(int c)
{
	unsigned i = (unsigned)c + 128;

	return i < 384 ? __td_ctype_class[i] & __TD_ALPHA : 0;
}
