#include <ctype.h>
#undef isgraph

int isgraph(int c)
{
	return __td_ctype_class[(unsigned char)c + 128] & __TD_GRAPH;
}
