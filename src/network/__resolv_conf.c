#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "inet_impl.h"
#include "lookup.h"

/* n from "name:n", clamped to lo..hi; the old value if the text is not a number. */
static int option(const char *s, const char *name, int old, int lo, int hi)
{
	size_t n = strlen(name);
	long v = 0;

	if (strncmp(s, name, n) || s[n] != ':' || s[n + 1] < '0' || s[n + 1] > '9')
		return old;
	for (s += n + 1; *s >= '0' && *s <= '9' && v < 1000; s++)
		v = v * 10 + (*s - '0');
	return v < lo ? lo : v > hi ? hi : v;
}

/*
 * An address, or "[address]:port" (as OpenBSD writes a nameserver on
 * another port; glibc skips such a line); a %scope is ignored.
 */
static void nameserver(struct resolv_conf *c, const char *s)
{
	struct address *a = &c->ns[c->nns];
	char buf[INET6_ADDRSTRLEN];
	size_t n;
	long port = 0;

	if (c->nns == MAXNS)
		return;
	if (*s == '[') {
		const char *e = strchr(++s, ']');
		if (!e || e[1] != ':' || !e[2])
			return;
		for (const char *d = e + 2; *d; d++)
			if (*d < '0' || *d > '9' || (port = port * 10 + (*d - '0')) > 65535)
				return;
		if (!port)
			return;
		n = e - s;
	} else {
		n = strlen(s);
	}
	if (memchr(s, '%', n))
		n = (const char *)memchr(s, '%', n) - s;
	if (n >= sizeof buf)
		return;
	memcpy(buf, s, n);
	buf[n] = 0;
	*a = (struct address){ .family = AF_INET };
	if (__inet_pton4(buf, a->addr) <= 0) {
		a->family = AF_INET6;
		if (__inet_pton6(buf, a->addr) <= 0)
			return;
	}
	a->port = port;
	c->nns++;
}

/* The words of line after the keyword, joined by single spaces. */
static void words(char *dst, size_t size, char *line)
{
	size_t n = 0;

	for (char *w; (w = __next_word(&line));) {
		size_t l = strlen(w);
		if (n + l + 2 > size)
			break;
		if (n)
			dst[n++] = ' ';
		memcpy(dst + n, w, l);
		n += l;
	}
	dst[n] = 0;
}

static void parse(struct resolv_conf *c, char *line)
{
	char *rest = line, *key = __next_word(&rest), *w;

	if (!key)
		return;
	if (!strcmp(key, "nameserver")) {
		if ((w = __next_word(&rest)))
			nameserver(c, w);
	} else if (!strcmp(key, "search") || !strcmp(key, "domain")) {
		words(c->search, sizeof c->search, rest);
	} else if (!strcmp(key, "options")) {
		while ((w = __next_word(&rest))) {
			c->ndots = option(w, "ndots", c->ndots, 0, 15);
			c->timeout = option(w, "timeout", c->timeout, 1, 30);
			c->attempts = option(w, "attempts", c->attempts, 1, 5);
		}
	}
}

/*
 * resolv.conf (TRAPDOOR_RESOLV_CONF names another): glibc's defaults when a
 * line or the file is missing (127.0.0.1, ndots 1, timeout 5 s, 2 attempts).
 * A line longer than the buffer is dropped whole, not read in pieces.
 */
void __resolv_conf(struct resolv_conf *c)
{
	char line[512];
	FILE *f = fopen(__lookup_path("TRAPDOOR_RESOLV_CONF", "/etc/resolv.conf"), "re");
	int skip = 0;

	*c = (struct resolv_conf){ .ndots = 1, .timeout = 5, .attempts = 2 };
	while (f && fgets(line, sizeof line, f)) {
		size_t n = strlen(line);
		int whole = (n && line[n - 1] == '\n') || feof(f);

		if (!skip && whole) {
			line[strcspn(line, "#;\n\r")] = 0;
			parse(c, line);
		}
		skip = !whole;
	}
	if (f)
		fclose(f);
	if (!c->nns) {
		c->ns[0] = (struct address){ .family = AF_INET, .addr = { 127, 0, 0, 1 } };
		c->nns = 1;
	}
}
