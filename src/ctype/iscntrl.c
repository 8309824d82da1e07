#include <ctype.h>
#undef iscntrl

int iscntrl(int c)
{
	return __td_ctype_class[(unsigned char)c + 128] & __TD_CNTRL;
}
