/* The same hello that also formats a double: the exact floating-point path is linked. */
#include <stdio.h>

int main(int argc, char **argv)
{
	printf("hello, %s %g\n", argc > 1 ? argv[1] : "world", argc / 3.0);
	return 0;
}
