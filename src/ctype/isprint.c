#include <ctype.h>
#undef isprint

int isprint(int c)
{
	return __td_ctype_class[(unsigned char)c + 128] & __TD_PRINT;
}
