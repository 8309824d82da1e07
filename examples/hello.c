/* The demo: argc, argv, our pid and our parent's, using write(2) alone. */
#include <string.h>
#include <unistd.h>

static void put(const char *s)
{
	write(STDOUT_FILENO, s, strlen(s));
}

static void put_num(long v)
{
	char buf[24], *p = buf + sizeof buf;

	*--p = 0;
	do
		*--p = '0' + v % 10;
	while (v /= 10);
	put(p);
}

int main(int argc, char **argv)
{
	put("hello from trapdoor: argc=");
	put_num(argc);
	for (int i = 0; i < argc; i++) {
		put(" argv[");
		put_num(i);
		put("]=");
		put(argv[i]);
	}
	put("\npid=");
	put_num(getpid());
	put(" ppid=");
	put_num(getppid());
	put("\n");
	return 0;
}
