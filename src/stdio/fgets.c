#include <string.h>
#include "stdio_impl.h"

char *fgets(char *restrict s, int n, FILE *restrict f)
{
	char *p = s;

	if (n <= 0)
		return 0;
	while (--n) {
		size_t k = f->rend - f->rpos;
		unsigned char *nl;
		int c;

		if (k) {
			if (k > (size_t)n)
				k = n;
			nl = memchr(f->rpos, '\n', k);
			if (nl)
				k = nl - f->rpos + 1;
			memcpy(p, f->rpos, k);
			f->rpos += k;
			p += k;
			n -= k - 1;
			if (nl)
				break;
			continue;
		}
		c = __uflow(f);
		if (c == EOF) {
			if (p == s || (f->flags & F_ERR))
				return 0;
			break;
		}
		*p++ = c;
		if (c == '\n')
			break;
	}
	*p = 0;
	return s;
}
