#include <ctype.h>
#undef isspace

int isspace(int c)
{
	return __td_ctype_class[(unsigned char)c + 128] & __TD_SPACE;
}
