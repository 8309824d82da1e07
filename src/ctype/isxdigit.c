#include <ctype.h>
#undef isxdigit

int isxdigit(int c)
{
	unsigned i = (unsigned)c + 128;

	return i < 384 ? __td_ctype_class[i] & __TD_XDIGIT : 0;
}
