/* The demo: argc, argv, our pid and our parent's, through printf. */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	printf("hello from trapdoor: argc=%d", argc);
	for (int i = 0; i < argc; i++)
		printf(" argv[%d]=%s", i, argv[i]);
	printf("\npid=%d ppid=%d\n", getpid(), getppid());
	return 0;
}
