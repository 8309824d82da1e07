#include <stdarg.h>
#include <unistd.h>

int execl(const char *path, const char *arg, ...)
{
	va_list ap;
	size_t n = 0;

	va_start(ap, arg);
	if (arg)
		for (n = 1; va_arg(ap, char *); n++)
			;
	va_end(ap);

	char *argv[n + 1];

	argv[0] = (char *)arg;
	va_start(ap, arg);
	for (size_t i = 1; i <= n; i++)
		argv[i] = va_arg(ap, char *);
	va_end(ap);
	argv[n] = 0;
	return execv(path, argv);
}
