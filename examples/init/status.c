/*
 * status N | status signal N: ends with exit status N, or killed by signal
 * N, so the boot log shows how init reports each.
 */
#define _DEFAULT_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc == 3 && !strcmp(argv[1], "signal")) {
		signal(atoi(argv[2]), SIG_DFL);
		raise(atoi(argv[2]));
		return 1;
	}
	if (argc != 2) {
		fprintf(stderr, "usage: status N | status signal N\n");
		return 2;
	}
	return atoi(argv[1]);
}
