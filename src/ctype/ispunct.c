#include <ctype.h>
#undef ispunct

int ispunct(int c)
{
	return __td_ctype_class[(unsigned char)c + 128] & __TD_PUNCT;
}
