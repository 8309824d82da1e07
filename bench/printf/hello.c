/* The size benchmark: a printf-hello that formats no floating point. */
#include <stdio.h>

int main(int argc, char **argv)
{
	printf("hello, %s %d\n", argc > 1 ? argv[1] : "world", argc);
	return 0;
}
