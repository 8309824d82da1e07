#include <stdio.h>
#include <string.h>
#include "lookup.h"

int __serv_name(char *buf, size_t size, int port, int proto)
{
	const char *want = proto == IPPROTO_UDP ? "udp" : "tcp";
	char line[512];
	int skip = 0, found = -1;
	FILE *f = fopen(__lookup_path("TRAPDOOR_SERVICES", "/etc/services"), "re");

	while (f && found && fgets(line, sizeof line, f)) {
		size_t n = strlen(line);
		int whole = (n && line[n - 1] == '\n') || feof(f);
		char *rest = line, *name, *w, *slash, *digits;
		long p = 0;

		if (skip || !whole) {
			skip = !whole;
			continue;
		}
		line[strcspn(line, "#\n\r")] = 0;
		if (!(name = __next_word(&rest)) || !(w = __next_word(&rest)) || !(slash = strchr(w, '/')) ||
		    strcmp(slash + 1, want))
			continue;
		for (digits = w; *w >= '0' && *w <= '9' && p <= 65535; w++)
			p = p * 10 + (*w - '0');
		if (w == digits || w != slash || p != port || strlen(name) >= size)
			continue;
		strcpy(buf, name);
		found = 0;
	}
	if (f)
		fclose(f);
	return found;
}
