/* The one parser behind getopt, getopt_long and getopt_long_only. */
#ifndef TRAPDOOR_GETOPT_IMPL_H
#define TRAPDOOR_GETOPT_IMPL_H

#include <getopt.h>
#include "libc.h"

hidden int __getopt_any(int argc, char *const argv[], const char *optstring,
			const struct option *longopts, int *longindex, int long_only);

#endif
