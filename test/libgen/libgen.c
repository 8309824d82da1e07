/* POSIX basename and dirname, against glibc's answers (taken on the host). */
#include <libgen.h>
#include "t.h"

static const struct { const char *in, *dir, *base; } cases[] = {
	{ "/", "/", "/" },
	{ "//", "//", "/" },
	{ "///", "/", "/" },
	{ "//x", "//", "x" },
	{ "//x/", "//", "x" },
	{ "///x", "/", "x" },
	{ "/usr/lib/", "/usr", "lib" },
	{ "usr", ".", "usr" },
	{ "usr/", ".", "usr" },
	{ "a//b//", "a", "b" },
	{ "", ".", "." },
	{ ".", ".", "." },
	{ "..", ".", ".." },
	{ "/a", "/", "a" },
	{ "a/b/c", "a/b", "c" },
	{ "x//", ".", "x" },
	{ "//x//y", "//x", "y" },
};

int main(void)
{
	char buf[32], name[64];

	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		strcpy(name, "dirname \"");
		strcat(name, cases[i].in);
		strcat(name, "\"");
		strcpy(buf, cases[i].in);
		t_str(name, dirname(buf), cases[i].dir);
		memcpy(name, "basename", 8); /* over "dirname " */
		strcpy(buf, cases[i].in);
		t_str(name, basename(buf), cases[i].base);
	}
	t_str("dirname_null", dirname(NULL), ".");
	t_str("basename_null", basename(NULL), ".");
	return t_done();
}
