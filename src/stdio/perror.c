#include <errno.h>
#include <string.h>
#include "stdio_impl.h"

/* One write when the line fits, like glibc: lines from processes sharing stderr do not mix. */
void perror(const char *s)
{
	const char *msg = strerror(errno);
	size_t ns = s && *s ? strlen(s) : 0, nm = strlen(msg);
	char line[256];

	if (ns + nm + 3 <= sizeof line) {
		size_t n = 0;

		if (ns) {
			memcpy(line, s, ns);
			memcpy(line + ns, ": ", 2);
			n = ns + 2;
		}
		memcpy(line + n, msg, nm);
		line[n + nm] = '\n';
		fwrite(line, 1, n + nm + 1, stderr);
		return;
	}
	if (ns) {
		fputs(s, stderr);
		fputs(": ", stderr);
	}
	fputs(msg, stderr);
	fputc('\n', stderr);
}
