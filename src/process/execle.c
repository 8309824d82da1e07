#include <stdarg.h>
#include <unistd.h>
#include "process.h"
#include "unistd_impl.h"

/* The environment follows the NULL that ends the arguments. */
int execle(const char *path, const char *arg, ...)
{
	va_list ap;
	size_t n;
	char **envp;

	va_start(ap, arg);
	n = __exec_argc(arg, &ap);
	va_end(ap);

	char *argv[n + 1];

	va_start(ap, arg);
	__exec_argv(argv, n, arg, &ap);
	envp = va_arg(ap, char **);
	va_end(ap);
	return __execve(path, argv, envp);
}
