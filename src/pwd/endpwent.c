#include "etc_impl.h"

void endpwent(void)
{
	if (__pwent_file)
		fclose(__pwent_file);
	__pwent_file = NULL;
}
