#include <utmp.h>

void setutent(void)
{
}
