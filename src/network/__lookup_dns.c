#include "poll_impl.h"
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "lookup.h"
#include "syscall.h"
#include "time_impl.h"
#include "utoa.h"

/*
 * The stub resolver: A and AAAA queries over UDP to each nameserver in turn,
 * `attempts` rounds, each server given `timeout` seconds for its answers;
 * a truncated answer is asked again over TCP of the same server.  Replies
 * that do not match a query still waiting (id, question) are dropped.
 */
struct query {
	unsigned char q[280];
	int len, state; /* state: -1 waiting, else the DNS_ result */
};

static unsigned query_id(void)
{
	unsigned short id;
	struct timespec ts;

	if (__syscall(SYS_getrandom, &id, sizeof id, 1) == sizeof id)
		return id;
	__clock_gettime(CLOCK_MONOTONIC, &ts);
	return (unsigned)(ts.tv_nsec ^ ts.tv_nsec >> 16 ^ (size_t)&ts);
}

static long long now_ms(void)
{
	struct timespec ts;

	__clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000LL + ts.tv_nsec / 1000000;
}

/* Waits until fd is ready for events or the deadline passes: 1, or 0 on timeout. */
static int wait_fd(int fd, short events, long long deadline)
{
	for (;;) {
		struct pollfd p = { fd, events, 0 };
		long long left = deadline - now_ms();
		struct timespec ts = { left / 1000, left % 1000 * 1000000 };
		int r;

		if (left <= 0)
			return 0;
		r = __ppoll(&p, 1, &ts, 0);
		if (r > 0)
			return 1;
		if (r < 0 && errno != EINTR)
			return 0;
	}
}

static socklen_t ns_addr(struct sockaddr_in6 *sa, const struct address *ns)
{
	memset(sa, 0, sizeof *sa);
	if (ns->family == AF_INET) {
		struct sockaddr_in *in = (struct sockaddr_in *)sa;
		in->sin_family = AF_INET;
		in->sin_port = htons(ns->port ? ns->port : 53);
		memcpy(&in->sin_addr, ns->addr, 4);
		return sizeof *in;
	}
	sa->sin6_family = AF_INET6;
	sa->sin6_port = htons(ns->port ? ns->port : 53);
	memcpy(&sa->sin6_addr, ns->addr, 16);
	return sizeof *sa;
}

/* A socket connected to the server, or -1. */
static int ns_socket(const struct address *ns, int type)
{
	struct sockaddr_in6 sa;
	socklen_t len = ns_addr(&sa, ns);
	long fd = __syscall(SYS_socket, ns->family, type | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
	long r;

	if (fd < 0)
		return -1;
	r = __syscall(SYS_connect, fd, &sa, len);
	if (r && r != -EINPROGRESS) {
		__syscall(SYS_close, fd);
		return -1;
	}
	return fd;
}

/* Reads exactly n bytes from a non-blocking stream by the deadline. */
static int read_all(int fd, unsigned char *buf, size_t n, long long deadline)
{
	while (n) {
		long r = __syscall(SYS_recvfrom, fd, buf, n, 0, 0, 0);
		if (r == -EAGAIN && wait_fd(fd, POLLIN, deadline))
			continue;
		if (r <= 0)
			return -1;
		buf += r;
		n -= r;
	}
	return 0;
}

/* One query over TCP: its DNS_ result; a truncated or garbled reply is DNS_BAD. */
static int ask_tcp(struct lookup *out, const struct address *ns, struct query *q, int timeout)
{
	long long deadline = now_ms() + timeout * 1000LL;
	unsigned char len[2] = { q->len >> 8, q->len }, *buf;
	struct iovec iov[2] = { { len, 2 }, { q->q, q->len } };
	struct msghdr m = { .msg_iov = iov, .msg_iovlen = 2 };
	int fd = ns_socket(ns, SOCK_STREAM), r = DNS_SERVFAIL;
	size_t n;

	if (fd < 0)
		return DNS_SERVFAIL;
	if (wait_fd(fd, POLLOUT, deadline) &&
	    __syscall(SYS_sendmsg, fd, &m, MSG_NOSIGNAL) == q->len + 2 &&
	    !read_all(fd, len, 2, deadline) && (n = len[0] << 8 | len[1]) >= 12 && (buf = malloc(n))) {
		r = read_all(fd, buf, n, deadline) ? DNS_SERVFAIL : __dns_answer(out, buf, n, q->q, q->len);
		if (r == DNS_TRUNCATED)
			r = DNS_BAD;
		free(buf);
	}
	__syscall(SYS_close, fd);
	return r;
}

/* The replies of one server until each query has one or the time is up. */
static void ask_udp(struct lookup *out, const struct address *ns, struct query *qs, int nq,
		    int timeout)
{
	long long deadline = now_ms() + timeout * 1000LL;
	unsigned char buf[4096];
	int fd = ns_socket(ns, SOCK_DGRAM), waiting = 0;

	if (fd < 0)
		return;
	for (int i = 0; i < nq; i++)
		if (qs[i].state < 0 && __syscall(SYS_sendto, fd, qs[i].q, qs[i].len, 0, 0, 0) >= 0)
			waiting++;
	while (waiting && wait_fd(fd, POLLIN, deadline)) {
		long n = __syscall(SYS_recvfrom, fd, buf, sizeof buf, 0, 0, 0);

		/* ICMP port unreachable: nothing listens there, try the next server now. */
		if (n == -ECONNREFUSED)
			break;
		for (int i = 0; n > 0 && i < nq; i++) {
			int r;

			if (qs[i].state >= 0 || (r = __dns_answer(out, buf, n, qs[i].q, qs[i].len)) == DNS_BAD)
				continue;
			if (r == DNS_TRUNCATED)
				r = ask_tcp(out, ns, &qs[i], timeout);
			/* A failing server leaves the query for the next one. */
			if (r != DNS_SERVFAIL && r != DNS_BAD)
				qs[i].state = r;
			waiting--;
			break;
		}
	}
	__syscall(SYS_close, fd);
}

/*
 * The answers of one fully written name to queries of nt types: the count of
 * addresses, or EAI_NONAME / EAI_AGAIN (a PTR's name is in out->canon).
 */
static int ask(struct lookup *out, const char *name, const int *types, int nt,
	       const struct resolv_conf *c)
{
	struct query qs[2];

	for (int i = 0; i < nt; i++) {
		qs[i].len = __dns_query(qs[i].q, sizeof qs[i].q, name, types[i], query_id());
		qs[i].state = -1;
	}
	if (qs[0].len < 0)
		return EAI_NONAME;
	for (int round = 0; round < c->attempts; round++) {
		for (int s = 0; s < c->nns; s++) {
			int left = 0;

			ask_udp(out, &c->ns[s], qs, nt, c->timeout);
			for (int i = 0; i < nt; i++)
				left += qs[i].state < 0;
			if (!left)
				return out->n ? out->n : EAI_NONAME;
		}
	}
	return out->n ? out->n : EAI_AGAIN;
}

static int ask_family(struct lookup *out, const char *name, int family,
		      const struct resolv_conf *c)
{
	static const int both[] = { RR_A, RR_AAAA };

	return ask(out, name, both + (family == AF_INET6), family == AF_UNSPEC ? 2 : 1, c);
}

/*
 * Search-list order as resolv.conf(5) gives it: a name with at least ndots
 * dots is tried as it is first, one with fewer after the search domains;
 * a final dot means the name is complete.  A timeout ends the search.
 */
int __lookup_dns(struct lookup *out, const char *name, int family)
{
	struct resolv_conf c;
	char full[DNS_NAMEMAX + 256], list[256], *rest = list, *d;
	size_t len = strlen(name);
	int dots = 0, r, asis_first;

	__resolv_conf(&c);
	for (const char *p = name; *p; p++)
		dots += *p == '.';
	if (len && name[len - 1] == '.')
		return ask_family(out, name, family, &c);
	asis_first = dots >= c.ndots;
	if (asis_first && (r = ask_family(out, name, family, &c)) != EAI_NONAME)
		return r;
	strcpy(list, c.search);
	while ((d = __next_word(&rest))) {
		if (len + 1 + strlen(d) >= sizeof full)
			continue;
		strcpy(full, name);
		full[len] = '.';
		strcpy(full + len + 1, d);
		if ((r = ask_family(out, full, family, &c)) != EAI_NONAME)
			return r;
	}
	return asis_first ? EAI_NONAME : ask_family(out, name, family, &c);
}

/* d.c.b.a.in-addr.arpa for IPv4 and IPv4-mapped IPv6, nibbles under ip6.arpa for IPv6. */
static void reverse_name(char *buf, const struct address *a)
{
	static const unsigned char mapped[12] = { [10] = 0xff, [11] = 0xff };
	static const char hex[] = "0123456789abcdef";
	unsigned char b16[16];
	const unsigned char *b = b16;
	int v4;
	char num[4];

	__as6(b16, a);
	v4 = !memcmp(b16, mapped, 12);
	if (v4)
		b += 12;
	for (int i = v4 ? 3 : 15; i >= 0; i--) {
		if (v4) {
			for (char *d = __utoa_before(num + sizeof num, b[i]); d < num + sizeof num;)
				*buf++ = *d++;
		} else {
			*buf++ = hex[b[i] & 15];
			*buf++ = '.';
			*buf++ = hex[b[i] >> 4];
		}
		*buf++ = '.';
	}
	strcpy(buf, v4 ? "in-addr.arpa" : "ip6.arpa");
}

/* The PTR of a: 1 with its name in out->canon and a in out->a[0], or an EAI_ error. */
int __lookup_ptr(struct lookup *out, const struct address *a)
{
	static const int ptr[] = { RR_PTR };
	struct resolv_conf c;
	char name[80];
	int r;

	reverse_name(name, a);
	__resolv_conf(&c);
	out->n = 0;
	out->canon[0] = 0;
	r = ask(out, name, ptr, 1, &c);
	if (!out->canon[0])
		return r;
	out->a[0] = *a;
	return out->n = 1;
}
