#include <ctype.h>
#undef isalnum

int isalnum(int c)
{
	unsigned i = (unsigned)c + 128;

	return i < 384 ? __td_ctype_class[i] & __TD_ALNUM : 0;
}
