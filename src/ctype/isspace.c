#include <ctype.h>
#undef isspace

int isspace(int c)
{
	unsigned i = (unsigned)c + 128;

	return i < 384 ? __td_ctype_class[i] & __TD_SPACE : 0;
}
