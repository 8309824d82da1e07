#include <stdio.h>
#include <string.h>
#include "inet_impl.h"
#include "lookup.h"

/* The first name of the first hosts line with addr (getnameinfo, gethostbyaddr). */
int __hosts_name(char *buf, size_t size, const struct address *addr)
{
	char line[512];
	FILE *f = fopen(__lookup_path("TRAPDOOR_HOSTS", "/etc/hosts"), "re");
	int skip = 0, found = -1;

	while (f && found && fgets(line, sizeof line, f)) {
		size_t n = strlen(line);
		int whole = (n && line[n - 1] == '\n') || feof(f);
		char *rest = line, *w;
		struct address a = { .family = addr->family };

		if (skip || !whole) {
			skip = !whole;
			continue;
		}
		line[strcspn(line, "#\n\r")] = 0;
		w = __next_word(&rest);
		if (!w || (a.family == AF_INET ? __inet_pton4(w, a.addr) : __inet_pton6(w, a.addr)) <= 0 ||
		    memcmp(a.addr, addr->addr, a.family == AF_INET ? 4 : 16))
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
