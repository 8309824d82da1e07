#include <ctype.h>
#undef isblank

int isblank(int c)
{
	return __td_ctype_class[(unsigned char)c + 128] & __TD_BLANK;
}
