#include <stdio.h>
#include <string.h>
#include "lookup.h"

/* A decimal port 0..65535 and nothing else, or -1. */
static int number(const char *s)
{
	long v = 0;

	if (!*s)
		return -1;
	for (; *s >= '0' && *s <= '9' && v <= 65535; s++)
		v = v * 10 + (*s - '0');
	return *s || v > 65535 ? -1 : v;
}

/*
 * proto is IPPROTO_TCP, _UDP, _SCTP, _DCCP, _UDPLITE, or 0 for any; the
 * services file is TRAPDOOR_SERVICES when set.  Lines are "name
 * port/proto aliases...".
 */
int __lookup_serv(const char *name, int proto, int flags)
{
	const char *want = proto == IPPROTO_UDP ? "udp" : proto == IPPROTO_TCP ? "tcp"
			 : proto == IPPROTO_SCTP ? "sctp" : proto == IPPROTO_DCCP ? "dccp"
			 : proto == IPPROTO_UDPLITE ? "udplite" : 0;
	char line[512];
	int port = number(name), skip = 0;
	FILE *f;

	if (port >= 0)
		return port;
	if (flags & AI_NUMERICSERV)
		return EAI_NONAME;
	f = fopen(__lookup_path("TRAPDOOR_SERVICES", "/etc/services"), "re");
	while (f && port < 0 && fgets(line, sizeof line, f)) {
		size_t n = strlen(line);
		int whole = (n && line[n - 1] == '\n') || feof(f);
		char *rest = line, *w, *first, *slash;

		if (skip || !whole) {
			skip = !whole;
			continue;
		}
		line[strcspn(line, "#\n\r")] = 0;
		if (!(first = __next_word(&rest)) || !(w = __next_word(&rest)) || !(slash = strchr(w, '/')))
			continue;
		*slash++ = 0;
		if (want && strcmp(slash, want))
			continue;
		if (strcmp(first, name))
			while ((first = __next_word(&rest)) && strcmp(first, name))
				;
		if (first)
			port = number(w);
	}
	if (f)
		fclose(f);
	return port < 0 ? EAI_SERVICE : port;
}
