#include <ctype.h>
#undef iscntrl

int iscntrl(int c)
{
	unsigned i = (unsigned)c + 128;

	return i < 384 ? __td_ctype_class[i] & __TD_CNTRL : 0;
}
