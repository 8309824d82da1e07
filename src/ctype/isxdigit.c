#include <ctype.h>
#undef isxdigit

int isxdigit(int c)
{
	return __td_ctype_class[(unsigned char)c + 128] & __TD_XDIGIT;
}
