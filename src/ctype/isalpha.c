#include <ctype.h>
#undef isalpha

int isalpha(int c)
{
	return __td_ctype_class[(unsigned char)c + 128] & __TD_ALPHA;
}
