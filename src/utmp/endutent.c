#include <utmp.h>

void endutent(void)
{
}
