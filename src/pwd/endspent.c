#include "etc_impl.h"

void endspent(void)
{
	if (__spent_file)
		fclose(__spent_file);
	__spent_file = NULL;
}
