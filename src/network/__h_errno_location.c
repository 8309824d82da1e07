#include "lookup.h"

int __h_errno;

int *__h_errno_location(void)
{
	return &__h_errno;
}
