/*
 * A DNS server for the resolver tests, run in a child on 127.0.0.1: UDP and
 * TCP on one port, answers chosen by the first label of the question:
 *
 *   a       A 192.0.2.1, AAAA 2001:db8::1
 *   alias   CNAME mid.test, mid.test CNAME a.test (compressed), a.test A
 *   nx      NXDOMAIN
 *   big     truncated over UDP; over TCP three A records 192.0.2.10-12
 *   silent  no answer at all
 *   loop, selfptr, pastend, truncrr, badlabel, wrongid, short, otherq, cnameloop:
 *           first a malformed reply of that kind, then a good one
 *           (A 192.0.2.99): the resolver must drop the first and take
 *           the second
 *   noaaaa  A 192.0.2.7, and an empty AAAA answer (no data)
 *
 * PTR questions by the whole name (192.0.2.N is N.2.0.192.in-addr.arpa):
 *
 *   192.0.2.1    a.test;  2001:db8::1 (ip6.arpa nibbles)  a6.test
 *   192.0.2.5    CNAME 5.sub.2.0.192.in-addr.arpa (RFC 2317), its PTR classless.test
 *   192.0.2.6    "bad name!.test", which is no host name
 *   192.0.2.7-10 first a malformed reply (a PTR target pointing at itself,
 *                wrong id, another question, a target running past its
 *                record), then PTR good.test
 *   192.0.2.11   no answer at all
 *
 * Any other name is NXDOMAIN.  The server runs until killed.
 */
#ifndef TEST_DNS_H
#define TEST_DNS_H

#include <netinet/in.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct dns_reply {
	unsigned char b[1024];
	size_t n;
};

static void put16(struct dns_reply *r, unsigned v)
{
	r->b[r->n++] = v >> 8;
	r->b[r->n++] = v;
}

static void put_bytes(struct dns_reply *r, const void *p, size_t n)
{
	memcpy(r->b + r->n, p, n);
	r->n += n;
}

/* A name as labels: "mid.test" */
static void put_name(struct dns_reply *r, const char *name)
{
	while (*name) {
		size_t l = strcspn(name, ".");
		r->b[r->n++] = l;
		put_bytes(r, name, l);
		name += l + (name[l] == '.');
	}
	r->b[r->n++] = 0;
}

/* A record header after its owner name: type, class IN, TTL 60, rdlength. */
static void put_rr(struct dns_reply *r, unsigned type, unsigned rdlen)
{
	put16(r, type);
	put16(r, 1);
	put16(r, 0);
	put16(r, 60);
	put16(r, rdlen);
}

/* The header and question of a reply to q (its question ends at qend). */
static void begin(struct dns_reply *r, const unsigned char *q, size_t qend, unsigned flags,
		  unsigned ancount)
{
	r->n = 0;
	put_bytes(r, q, 2);
	put16(r, flags);
	put16(r, 1);
	put16(r, ancount);
	put16(r, 0);
	put16(r, 0);
	put_bytes(r, q + 12, qend - 12);
}

static void answer_a(struct dns_reply *r, const unsigned char *q, size_t qend, int ip4)
{
	const unsigned char a[4] = { 192, 0, 2, ip4 };

	begin(r, q, qend, 0x8180, 1);
	put16(r, 0xc00c);
	put_rr(r, 1, 4);
	put_bytes(r, a, 4);
}

/* An A record for 192.0.2.66 whose owner name the caller has just written. */
static void tail_a66(struct dns_reply *r)
{
	put_rr(r, 1, 4);
	put_bytes(r, "\300\0\2\102", 4);
}

/* The malformed first replies; each is otherwise an answer to q. */
static void malformed(struct dns_reply *r, const char *kind, const unsigned char *q, size_t qend)
{
	size_t at;

	if (!strcmp(kind, "short")) {
		r->n = 7;
		memcpy(r->b, q, 7);
		r->b[2] |= 0x80;
		return;
	}
	begin(r, q, qend, 0x8180, 1);
	if (!strcmp(kind, "otherq")) {
		r->b[13] ^= 0x01; /* one letter of the question changed */
		put16(r, 0xc00c);
		tail_a66(r);
	} else if (!strcmp(kind, "wrongid")) {
		r->b[0] ^= 0x5a;
		put16(r, 0xc00c);
		tail_a66(r);
	} else if (!strcmp(kind, "selfptr")) {
		put16(r, 0xc000 | r->n); /* points at itself */
		tail_a66(r);
	} else if (!strcmp(kind, "loop")) {
		/* A TXT record whose data is a pointer to the next owner name, which points back. */
		r->b[7] = 2;
		put16(r, 0xc00c);
		put_rr(r, 16, 2);
		at = r->n;
		put16(r, 0xc000 | (at + 2));
		put16(r, 0xc000 | at);
		tail_a66(r);
	} else if (!strcmp(kind, "pastend")) {
		put16(r, 0xc00c);
		tail_a66(r);
		r->b[7] = 2;
		r->b[r->n++] = 63; /* a label longer than what is left */
		put_bytes(r, "ab", 2);
	} else if (!strcmp(kind, "truncrr")) {
		put16(r, 0xc00c);
		tail_a66(r);
		r->n -= 2; /* the data runs past the end of the packet */
	} else if (!strcmp(kind, "badlabel")) {
		r->b[r->n++] = 0x41; /* the reserved 01 label type */
		r->b[r->n++] = 'x';
		r->b[r->n++] = 0;
		tail_a66(r);
	} else if (!strcmp(kind, "cnameloop")) {
		/* q CNAME y.q, y.q CNAME q */
		r->b[7] = 2;
		put16(r, 0xc00c);
		put_rr(r, 5, 4);
		at = r->n;
		put_bytes(r, "\1y\300\14", 4);
		put16(r, 0xc000 | at);
		put_rr(r, 5, 2);
		put16(r, 0xc00c);
	}
}

/* A PTR answer to q naming target. */
static void answer_ptr(struct dns_reply *r, const unsigned char *q, size_t qend, const char *target)
{
	begin(r, q, qend, 0x8180, 1);
	put16(r, 0xc00c);
	put_rr(r, 12, strlen(target) + 2);
	put_name(r, target);
}

#define V6_PTR "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"

/* The replies to a PTR question (dotted name, ending at qend). */
static int respond_ptr(const char *name, const unsigned char *q, size_t qend,
		       struct dns_reply *out)
{
	struct dns_reply *r = &out[0];
	size_t at;
	int n = strncmp(name + strcspn(name, "."), ".2.0.192.in-addr.arpa", 22) ? 0 : atoi(name);

	if (!strcmp(name, V6_PTR) || n == 1) {
		answer_ptr(r, q, qend, n ? "a.test" : "a6.test");
	} else if (n == 5) {
		begin(r, q, qend, 0x8180, 2);
		put16(r, 0xc00c);
		put_rr(r, 5, 8);
		at = r->n;
		put_bytes(r, "\0015\003sub\300\016", 8); /* 5.sub. then 2.0.192.in-addr.arpa */
		put16(r, 0xc000 | at);
		put_rr(r, 12, 16);
		put_name(r, "classless.test");
	} else if (n == 6) {
		answer_ptr(r, q, qend, "bad name!.test");
	} else if (n >= 7 && n <= 10) {
		if (n == 7 || n == 10) {
			begin(r, q, qend, 0x8180, 1);
			put16(r, 0xc00c);
			put_rr(r, 12, 2);
			if (n == 7)
				put16(r, 0xc000 | r->n);
			else
				put_name(r, "long.test"); /* 11 bytes in a record of 2 */
		} else {
			answer_ptr(r, q, qend, "ptr66.test");
			r->b[n == 8 ? 0 : 13] ^= 0x5a;
		}
		answer_ptr(&out[1], q, qend, "good.test");
		return 2;
	} else if (n == 11) {
		return 0;
	} else {
		begin(r, q, qend, 0x8183, 0);
	}
	return 1;
}

/*
 * The replies to one query, into out[] (at most 2); their count.  tcp says
 * whether it came over TCP.
 */
static int dns_respond(const unsigned char *q, size_t n, int tcp, struct dns_reply *out)
{
	char label[64];
	size_t pos = 12, qend;
	unsigned type;

	if (n < 17 || q[12] == 0 || q[12] > 63 || 13u + q[12] > n)
		return 0;
	memcpy(label, q + 13, q[12]);
	label[q[12]] = 0;
	while (pos < n && q[pos])
		pos += q[pos] + 1;
	if (pos + 5 > n)
		return 0;
	qend = pos + 5;
	type = q[pos + 1] << 8 | q[pos + 2];
	if (type == 12) {
		char name[256];
		size_t k = 0;

		for (pos = 12; q[pos] && k + q[pos] + 1 < sizeof name; pos += q[pos] + 1) {
			memcpy(name + k, q + pos + 1, q[pos]);
			k += q[pos];
			name[k++] = '.';
		}
		name[k ? k - 1 : 0] = 0;
		return respond_ptr(name, q, qend, out);
	}

	if (!strcmp(label, "silent"))
		return 0;
	if (!strcmp(label, "a")) {
		if (type == 1)
			answer_a(&out[0], q, qend, 1);
		else {
			static const unsigned char a6[16] = { 0x20, 0x01, 0x0d, 0xb8, [15] = 1 };
			begin(&out[0], q, qend, 0x8180, 1);
			put16(&out[0], 0xc00c);
			put_rr(&out[0], 28, 16);
			put_bytes(&out[0], a6, 16);
		}
		return 1;
	}
	if (!strcmp(label, "alias")) {
		struct dns_reply *r = &out[0];
		size_t mid, a;
		begin(r, q, qend, 0x8180, type == 1 ? 3 : 2);
		put16(r, 0xc00c);
		put_rr(r, 5, 10);
		mid = r->n;
		put_name(r, "mid.test");
		put16(r, 0xc000 | mid);
		put_rr(r, 5, 4);
		a = r->n;
		put_bytes(r, "\1a\300", 3);
		r->b[r->n++] = mid + 4; /* "test" inside mid.test */
		if (type == 1) {
			put16(r, 0xc000 | a);
			put_rr(r, 1, 4);
			put_bytes(r, "\300\0\2\5", 4);
		}
		return 1;
	}
	if (!strcmp(label, "big")) {
		if (!tcp) {
			begin(&out[0], q, qend, 0x8380, 0);
			return 1;
		}
		begin(&out[0], q, qend, 0x8180, type == 1 ? 3 : 0);
		for (int i = 0; type == 1 && i < 3; i++) {
			unsigned char a[4] = { 192, 0, 2, 10 + i };
			put16(&out[0], 0xc00c);
			put_rr(&out[0], 1, 4);
			put_bytes(&out[0], a, 4);
		}
		return 1;
	}
	if (!strcmp(label, "noaaaa")) {
		if (type == 1)
			answer_a(&out[0], q, qend, 7);
		else
			begin(&out[0], q, qend, 0x8180, 0);
		return 1;
	}
	if (!strcmp(label, "loop") || !strcmp(label, "selfptr") || !strcmp(label, "pastend") ||
	    !strcmp(label, "badlabel") || !strcmp(label, "wrongid") || !strcmp(label, "short") ||
	    !strcmp(label, "otherq") || !strcmp(label, "cnameloop") || !strcmp(label, "truncrr")) {
		malformed(&out[0], label, q, qend);
		if (type == 1)
			answer_a(&out[1], q, qend, 99);
		else
			begin(&out[1], q, qend, 0x8180, 0);
		return 2;
	}
	begin(&out[0], q, qend, 0x8183, 0);
	return 1;
}

static inline void dns_tcp(int fd)
{
	unsigned char q[514], len[2];
	struct dns_reply out[2];
	ssize_t n = read(fd, len, 2);
	size_t want;

	if (n != 2)
		return;
	want = len[0] << 8 | len[1];
	if (want > sizeof q)
		return;
	for (size_t got = 0; got < want; got += n)
		if ((n = read(fd, q + got, want - got)) <= 0)
			return;
	if (dns_respond(q, want, 1, out) == 1) {
		len[0] = out[0].n >> 8;
		len[1] = out[0].n;
		write(fd, len, 2);
		write(fd, out[0].b, out[0].n);
	}
}

/* Serves forever on udp and the listening tcp socket. */
static inline void dns_serve(int udp, int tcp)
{
	for (;;) {
		struct pollfd p[2] = { { udp, POLLIN, 0 }, { tcp, POLLIN, 0 } };

		if (poll(p, 2, -1) < 0)
			continue;
		if (p[0].revents & POLLIN) {
			unsigned char q[512];
			struct sockaddr_in from;
			socklen_t flen = sizeof from;
			struct dns_reply out[2];
			ssize_t n = recvfrom(udp, q, sizeof q, 0, (struct sockaddr *)&from, &flen);
			int k = n > 0 ? dns_respond(q, n, 0, out) : 0;

			for (int i = 0; i < k; i++)
				sendto(udp, out[i].b, out[i].n, 0, (struct sockaddr *)&from, flen);
		}
		if (p[1].revents & POLLIN) {
			int c = accept(tcp, 0, 0);
			if (c >= 0) {
				dns_tcp(c);
				close(c);
			}
		}
	}
}

#endif
