/*
 * A fuzzer of the DNS reply parser (__dns_answer, __dns_name) on the host,
 * built with AddressSanitizer and UBSan: replies of test/network/dns.h's
 * server to A, AAAA and PTR queries, well formed, then mutated (bytes
 * flipped, compression pointers planted, lengths changed, the packet cut
 * or extended), each parsed
 * against its query.  Any read outside the packet or the output aborts;
 * the results must stay inside their bounds.  Run by hand (make fuzz-dns);
 * not part of make check.
 *
 *   fuzz-dns [SECONDS [SEED]]     default 60 s, seed from the clock
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "lookup.h"

int __strncasecmp(const char *a, const char *b, size_t n)
{
	return strncasecmp(a, b, n);
}

#include "../../src/network/__dns_name.c"
#include "../../src/network/__dns_query.c"
#include "../../src/network/__dns_answer.c"
#include "../network/dns.h"

static uint64_t rng;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static const char *const labels[] = { "a", "alias", "nx", "big", "noaaaa", "loop", "selfptr",
	"pastend", "truncrr", "badlabel", "wrongid", "short", "otherq", "cnameloop" };
static const char *const ptrs[] = { "1.2.0.192.in-addr.arpa", "5.2.0.192.in-addr.arpa",
	"6.2.0.192.in-addr.arpa", "7.2.0.192.in-addr.arpa", "8.2.0.192.in-addr.arpa",
	"9.2.0.192.in-addr.arpa", "10.2.0.192.in-addr.arpa", V6_PTR };

static void mutate(unsigned char *p, size_t *n, size_t max)
{
	switch (next() % 6) {
	case 0:
		p[next() % *n] ^= 1 << next() % 8;
		break;
	case 1: { /* a pointer anywhere, to anywhere */
		size_t at = next() % *n;
		p[at] = 0xc0 | (next() % 4);
		if (at + 1 < *n)
			p[at + 1] = next();
		break;
	}
	case 2:
		*n = 1 + next() % *n;
		break;
	case 3:
		while (*n < max && next() % 4)
			p[(*n)++] = next();
		break;
	case 4: /* a count or a length */
		p[4 + next() % 8] = next();
		break;
	default:
		p[next() % *n] = next() % 64;
	}
}

int main(int argc, char **argv)
{
	long seconds = argc > 1 ? atol(argv[1]) : 60;
	time_t end;
	unsigned long long runs = 0, ok = 0;

	rng = argc > 2 ? strtoull(argv[2], 0, 0) : (uint64_t)time(0) * 2654435761u | 1;
	printf("fuzz-dns: seed %llu, %ld s\n", (unsigned long long)rng, seconds);
	end = time(0) + seconds;
	while (time(0) < end) {
		for (int k = 0; k < 1000; k++, runs++) {
			unsigned char q[300];
			char name[80], buf[DNS_NAMEMAX];
			struct dns_reply out[2];
			struct lookup l;
			int type = (int[]){ RR_A, RR_AAAA, RR_PTR }[next() % 3];
			int qlen, nr, r;

			if (type == RR_PTR)
				snprintf(name, sizeof name, "%s", ptrs[next() % (sizeof ptrs / sizeof *ptrs)]);
			else
				snprintf(name, sizeof name, "%s.test", labels[next() % (sizeof labels / sizeof *labels)]);
			qlen = __dns_query(q, sizeof q, name, type, next() & 0xffff);
			nr = dns_respond(q, qlen, next() % 2, out);
			if (!nr)
				continue;
			struct dns_reply *rep = &out[next() % nr];
			for (int m = next() % 5; m > 0; m--)
				mutate(rep->b, &rep->n, sizeof rep->b);
			unsigned char *pkt = malloc(rep->n);
			memcpy(pkt, rep->b, rep->n);
			memset(&l, 0, sizeof l);
			r = __dns_answer(&l, pkt, rep->n, q, qlen);
			if (l.n < 0 || l.n > MAXADDRS || strnlen(l.canon, sizeof l.canon) == sizeof l.canon ||
			    (type == RR_PTR ? (r == DNS_OK) != !!l.canon[0] || l.n : (r == DNS_OK) != (l.n > 0))) {
				fprintf(stderr, "bad result %d n %d\n", r, l.n);
				abort();
			}
			ok += r == DNS_OK;
			if (rep->n > 12) {
				int e = __dns_name(pkt, rep->n, 12 + next() % (rep->n - 12), buf);
				if (e > (int)rep->n || (e >= 0 && strlen(buf) >= DNS_NAMEMAX))
					abort();
			}
			free(pkt);
		}
	}
	printf("fuzz-dns: %llu replies parsed, %llu accepted, no fault\n", runs, ok);
	return 0;
}
