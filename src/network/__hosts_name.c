#include <stdio.h>
#include <string.h>
#include "inet_impl.h"
#include "lookup.h"

/* A hosts line's address in the form as6 gives; 1, or 0 if w is none. */
static int line_addr(unsigned char *out, const char *w)
{
	struct address a = { .family = AF_INET };

	if (__inet_pton6(w, out) > 0)
		return 1;
	if (__inet_pton4(w, a.addr) <= 0)
		return 0;
	__as6(out, &a);
	return 1;
}

/*
 * The first name of the first hosts line with addr (getnameinfo,
 * gethostbyaddr); an IPv4 address and its IPv4-mapped IPv6 form are the same.
 */
int __hosts_name(char *buf, size_t size, const struct address *addr)
{
	unsigned char want[16], got[16];
	char line[512];
	FILE *f = fopen(__lookup_path("TRAPDOOR_HOSTS", "/etc/hosts"), "re");
	int skip = 0, found = -1;

	__as6(want, addr);
	while (f && found && fgets(line, sizeof line, f)) {
		size_t n = strlen(line);
		int whole = (n && line[n - 1] == '\n') || feof(f);
		char *rest = line, *w;

		if (skip || !whole) {
			skip = !whole;
			continue;
		}
		line[strcspn(line, "#\n\r")] = 0;
		w = __next_word(&rest);
		if (!w || !line_addr(got, w) || memcmp(got, want, 16))
			continue;
		w = __next_word(&rest);
		if (w && strlen(w) < size) {
			strcpy(buf, w);
			found = 0;
		}
	}
	if (f)
		fclose(f);
	return found;
}
