#include <stdarg.h>
#include <unistd.h>
#include "process.h"

int execl(const char *path, const char *arg, ...)
{
	va_list ap;
	size_t n;

	va_start(ap, arg);
	n = __exec_argc(arg, &ap);
	va_end(ap);

	char *argv[n + 1];

	va_start(ap, arg);
	__exec_argv(argv, n, arg, &ap);
	va_end(ap);
	return __execv(path, argv);
}
