#include <getopt.h>
#include "getopt_impl.h"

int getopt(int argc, char *const argv[], const char *optstring)
{
	return __getopt_any(argc, argv, optstring, 0, 0, 0);
}
