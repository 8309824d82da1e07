#include <ctype.h>
#undef isgraph

int isgraph(int c)
{
	unsigned i = (unsigned)c + 128;

	return i < 384 ? __td_ctype_class[i] & __TD_GRAPH : 0;
}
