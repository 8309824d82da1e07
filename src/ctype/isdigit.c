#include <ctype.h>
#undef isdigit

int isdigit(int c)
{
	return __td_ctype_class[(unsigned char)c + 128] & __TD_DIGIT;
}
