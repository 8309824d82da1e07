#include <ctype.h>
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

/* GNU's word assertions; a word character is alphanumeric or '_'. */
static int word_at(const char *s, size_t pos, size_t len)
{
	return pos < len && (isalnum((unsigned char)s[pos]) || s[pos] == '_');
}

int __re_at_word(const char *s, size_t pos, size_t len, int kind)
{
	int before = pos && word_at(s, pos - 1, len), after = word_at(s, pos, len);

	switch (kind) {
	case '<': return !before && after;
	case '>': return before && !after;
	case 'b': return before != after;
	case 'B': return before == after;
	case '`': return !pos;
	default: return pos == len;
	}
}
