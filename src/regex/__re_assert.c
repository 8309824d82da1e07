#include "regex_impl.h"

/* ^ and $: the subject's ends (unless REG_NOTBOL/NOTEOL), and under REG_NEWLINE its lines' ends. */
int __re_at_bol(const char *s, size_t pos, int cflags, int eflags)
{
	if (!pos)
		return !(eflags & REG_NOTBOL);
	return (cflags & REG_NEWLINE) && s[pos - 1] == '\n';
}

int __re_at_eol(const char *s, size_t pos, size_t len, int cflags, int eflags)
{
	if (pos == len)
		return !(eflags & REG_NOTEOL);
	return (cflags & REG_NEWLINE) && s[pos] == '\n';
}
