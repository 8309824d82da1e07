#include <ctype.h>
#undef ispunct

int ispunct(int c)
{
	unsigned i = (unsigned)c + 128;

	return i < 384 ? __td_ctype_class[i] & __TD_PUNCT : 0;
}
