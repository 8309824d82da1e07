#include <ctype.h>
#undef isalnum

int isalnum(int c)
{
	return __td_ctype_class[(unsigned char)c + 128] & __TD_ALNUM;
}
