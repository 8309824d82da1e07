/*
 * getaddrinfo and friends against scratch hosts, services and resolv.conf
 * files (named by TRAPDOOR_HOSTS, TRAPDOOR_SERVICES, TRAPDOOR_RESOLV_CONF)
 * and the DNS server of dns.h, run by this test in a child on 127.0.0.1:
 * numeric forms, the files, A/AAAA answers, a CNAME chain, NXDOMAIN, a
 * truncated answer taken again over TCP, a server that never answers, and
 * malformed replies that must be dropped; reverse lookups by PTR.  This program is itself a static
 * binary built with trapdoor-cc resolving names through that server.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <netdb.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include "dns.h"
#include "t.h"

static char hosts[64], services[64], conf[64], slow_conf[64];

static void write_file(const char *path, const char *text)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

	write(fd, text, strlen(text));
	close(fd);
}

/* A child serving DNS on 127.0.0.1; its pid, and the port in *port. */
static pid_t start_server(int *port)
{
	int p[2];
	pid_t pid;

	/* Without pipe or fork (a reduced kernel table) errno says why: ENOSYS. */
	if (pipe(p) < 0 || (pid = fork()) < 0) {
		*port = -1;
		return -1;
	}
	if (pid == 0) {
		for (;;) {
			struct sockaddr_in a = { .sin_family = AF_INET };
			socklen_t len = sizeof a;
			int u = socket(AF_INET, SOCK_DGRAM, 0), t = socket(AF_INET, SOCK_STREAM, 0), one = 1;

			a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
			setsockopt(t, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
			if (bind(u, (struct sockaddr *)&a, sizeof a) ||
			    getsockname(u, (struct sockaddr *)&a, &len))
				_exit(2);
			if (!bind(t, (struct sockaddr *)&a, sizeof a) && !listen(t, 8)) {
				int n = ntohs(a.sin_port);
				write(p[1], &n, sizeof n);
				dns_serve(u, t);
			}
			close(u);
			close(t);
		}
	}
	close(p[1]);
	if (read(p[0], port, sizeof *port) != sizeof *port)
		*port = -1;
	close(p[0]);
	return pid;
}

/* The text of the first address of host for family, or the getaddrinfo error as text. */
static const char *first(const char *host, int family, int *count)
{
	static char buf[INET6_ADDRSTRLEN + 16];
	struct addrinfo hints = { .ai_family = family, .ai_socktype = SOCK_STREAM }, *res, *ai;
	int r = getaddrinfo(host, 0, &hints, &res), n = 0;

	if (r) {
		snprintf(buf, sizeof buf, "error %d", r);
		return buf;
	}
	ai = res;
	if (ai->ai_family == AF_INET)
		inet_ntop(AF_INET, &((struct sockaddr_in *)ai->ai_addr)->sin_addr, buf, sizeof buf);
	else
		inet_ntop(AF_INET6, &((struct sockaddr_in6 *)ai->ai_addr)->sin6_addr, buf, sizeof buf);
	for (; ai; ai = ai->ai_next)
		n++;
	if (count)
		*count = n;
	freeaddrinfo(res);
	return buf;
}

static void test_numeric_and_files(void)
{
	struct addrinfo hints = { .ai_socktype = SOCK_DGRAM }, *res, *ai;
	struct sockaddr_in6 *in6;
	int n;

	t_str("numeric4", first("192.0.2.1", AF_UNSPEC, 0), "192.0.2.1");
	t_str("numeric_aton_form", first("127.1", AF_INET, 0), "127.0.0.1");
	t_str("numeric6", first("2001:DB8::7", AF_UNSPEC, 0), "2001:db8::7");
	t_str("numeric4_as_v6", first("192.0.2.1", AF_INET6, 0), "error -9");
	hints.ai_flags = AI_NUMERICHOST;
	t_eq("numerichost_refuses_name", getaddrinfo("filehost", 0, &hints, &res), EAI_NONAME);
	hints.ai_flags = 0;
	t_eq("scope_id", getaddrinfo("fe80::1%3", "9", &hints, &res), 0);
	in6 = (struct sockaddr_in6 *)res->ai_addr;
	t_true("scope_id_value", in6->sin6_scope_id == 3 && ntohs(in6->sin6_port) == 9 && !res->ai_next &&
		       res->ai_socktype == SOCK_DGRAM && res->ai_protocol == IPPROTO_UDP, "wrong result");
	freeaddrinfo(res);

	t_str("hosts_file", first("filehost", AF_INET, 0), "192.0.2.50");
	t_str("hosts_file_case", first("FileHost.Example", AF_INET6, 0), "2001:db8::50");
	first("alias2", AF_UNSPEC, &n);
	t_eq("hosts_file_both_families", n, 2);
	t_str("hosts_long_line_skipped", first("longline.test.", AF_INET, 0), "error -2");
	hints = (struct addrinfo){ .ai_flags = AI_CANONNAME, .ai_socktype = SOCK_STREAM };
	getaddrinfo("alias2", "http", &hints, &res);
	t_str("hosts_canonname", res->ai_canonname, "filehost.example");
	t_eq("service_by_name", ntohs(((struct sockaddr_in *)res->ai_addr)->sin_port), 80);
	freeaddrinfo(res);

	hints = (struct addrinfo){ .ai_socktype = SOCK_DGRAM };
	getaddrinfo("192.0.2.1", "myservice", &hints, &res);
	t_eq("service_udp", ntohs(((struct sockaddr_in *)res->ai_addr)->sin_port), 4243);
	freeaddrinfo(res);
	hints.ai_socktype = 0;
	getaddrinfo("192.0.2.1", "4000", &hints, &res);
	n = 0;
	for (ai = res; ai; ai = ai->ai_next)
		n++;
	t_true("service_number_default_kinds", n == 3 && res->ai_socktype == SOCK_STREAM &&
		       res->ai_next->ai_socktype == SOCK_DGRAM && res->ai_next->ai_next->ai_socktype == SOCK_RAW,
	       "not stream, datagram and raw (glibc's)");
	freeaddrinfo(res);
	first("192.0.2.1", AF_INET, 0);
	getaddrinfo("192.0.2.1", 0, &hints, &res);
	n = 0;
	for (ai = res; ai; ai = ai->ai_next)
		n++;
	t_eq("no_service_three_types", n, 3);
	freeaddrinfo(res);

	hints = (struct addrinfo){ .ai_flags = AI_PASSIVE, .ai_family = AF_INET };
	getaddrinfo(0, "8080", &hints, &res);
	t_true("passive_any", ((struct sockaddr_in *)res->ai_addr)->sin_addr.s_addr == 0 &&
		       ntohs(((struct sockaddr_in *)res->ai_addr)->sin_port) == 8080, "not 0.0.0.0:8080");
	freeaddrinfo(res);
	hints = (struct addrinfo){ .ai_family = AF_INET6 };
	getaddrinfo(0, "1", &hints, &res);
	t_true("null_host_loopback", IN6_IS_ADDR_LOOPBACK(&((struct sockaddr_in6 *)res->ai_addr)->sin6_addr),
	       "not ::1");
	freeaddrinfo(res);

	hints = (struct addrinfo){ .ai_flags = 0x8000 };
	t_eq("eai_badflags", getaddrinfo("a", 0, &hints, &res), EAI_BADFLAGS);
	hints = (struct addrinfo){ .ai_family = 12345 };
	t_eq("eai_family", getaddrinfo("a", 0, &hints, &res), EAI_FAMILY);
	hints = (struct addrinfo){ .ai_socktype = 12345 };
	t_eq("eai_socktype", getaddrinfo("a", 0, &hints, &res), EAI_SOCKTYPE);
	t_eq("eai_noname_null_null", getaddrinfo(0, 0, 0, &res), EAI_NONAME);
	t_eq("eai_service_unknown", getaddrinfo("192.0.2.1", "nosuchservice", 0, &res), EAI_SERVICE);
	hints = (struct addrinfo){ .ai_socktype = SOCK_STREAM };
	t_eq("service_modulo_65536", getaddrinfo("192.0.2.1", "65537", &hints, &res), 0);
	if (res) {
		t_eq("service_modulo_65536_port", ntohs(((struct sockaddr_in *)res->ai_addr)->sin_port), 1);
		freeaddrinfo(res);
	}
	hints = (struct addrinfo){ .ai_flags = AI_NUMERICSERV };
	t_eq("numericserv_refuses_name", getaddrinfo("192.0.2.1", "http", &hints, &res), EAI_NONAME);
	hints = (struct addrinfo){ .ai_socktype = SOCK_RAW };
	t_eq("raw_with_service", getaddrinfo("192.0.2.1", "80", &hints, &res), EAI_SERVICE);
	t_str("gai_strerror", gai_strerror(EAI_NONAME), "Name or service not known");
	t_str("gai_strerror_again", gai_strerror(EAI_AGAIN), "Temporary failure in name resolution");
}

static void test_dns(void)
{
	struct addrinfo hints = { .ai_flags = AI_CANONNAME, .ai_socktype = SOCK_STREAM }, *res;
	static const char *bad[] = { "loop", "selfptr", "pastend", "truncrr", "badlabel", "wrongid",
		"short", "otherq", "cnameloop" };
	char name[64], want[32];
	int n;

	t_str("dns_a_via_search", first("a", AF_INET, 0), "192.0.2.1");
	t_str("dns_aaaa", first("a.test", AF_INET6, 0), "2001:db8::1");
	first("a.test.", AF_UNSPEC, &n);
	t_eq("dns_a_and_aaaa", n, 2);
	t_eq("dns_cname_chain", getaddrinfo("alias.test", 0, &hints, &res), 0);
	if (!res)
		return;
	t_str("dns_cname_canonical", res->ai_canonname, "a.test");
	t_eq("dns_cname_address", ntohl(((struct sockaddr_in *)res->ai_addr)->sin_addr.s_addr), 0xc0000205);
	freeaddrinfo(res);
	t_str("dns_nxdomain", first("nx.test", AF_UNSPEC, 0), "error -2");
	t_str("dns_truncated_tcp", first("big.test", AF_INET, &n), "192.0.2.10");
	t_eq("dns_tcp_all_answers", n, 3);
	t_str("dns_nodata_aaaa", first("noaaaa.test", AF_INET6, 0), "error -2");
	first("noaaaa.test", AF_UNSPEC, &n);
	t_eq("dns_nodata_unspec", n, 1);
	for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		snprintf(name, sizeof name, "dns_drops_%s", bad[i]);
		snprintf(want, sizeof want, "%s.test", bad[i]);
		t_str(name, first(want, AF_INET, 0), "192.0.2.99");
	}
	t_str("dns_bad_name", first("x..test", AF_INET, 0), "error -2");
}

static void test_legacy(void)
{
	struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons(80) };
	struct sockaddr_in6 sa6 = { .sin6_family = AF_INET6, .sin6_port = htons(4243), .sin6_scope_id = 2 };
	char host[NI_MAXHOST], serv[NI_MAXSERV];
	struct hostent *h;
	unsigned char a[4] = { 192, 0, 2, 50 };

	h = gethostbyname("a.test");
	t_true("gethostbyname", h && h->h_addrtype == AF_INET && h->h_length == 4 &&
		       !memcmp(h->h_addr_list[0], "\300\0\2\1", 4) && !h->h_addr_list[1], "wrong hostent");
	h = gethostbyname("nx.test");
	t_true("gethostbyname_nx", !h && h_errno == HOST_NOT_FOUND, "no HOST_NOT_FOUND");
	h = gethostbyaddr(a, 4, AF_INET);
	t_str("gethostbyaddr", h ? h->h_name : 0, "filehost.example");

	inet_pton(AF_INET, "192.0.2.50", &sa.sin_addr);
	t_eq("getnameinfo", getnameinfo((struct sockaddr *)&sa, sizeof sa, host, sizeof host, serv,
					sizeof serv, 0), 0);
	t_str("getnameinfo_host", host, "filehost.example");
	t_str("getnameinfo_serv", serv, "http");
	getnameinfo((struct sockaddr *)&sa, sizeof sa, host, sizeof host, serv, sizeof serv,
		    NI_NUMERICHOST | NI_NUMERICSERV);
	t_str("getnameinfo_numeric", host, "192.0.2.50");
	t_str("getnameinfo_numeric_serv", serv, "80");
	getnameinfo((struct sockaddr *)&sa, sizeof sa, host, sizeof host, 0, 0, NI_NOFQDN);
	t_str("getnameinfo_nofqdn", host, "filehost");
	t_eq("getnameinfo_overflow", getnameinfo((struct sockaddr *)&sa, sizeof sa, host, 5, 0, 0, 0),
	     EAI_OVERFLOW);
	inet_pton(AF_INET, "192.0.2.200", &sa.sin_addr);
	t_eq("getnameinfo_namereqd", getnameinfo((struct sockaddr *)&sa, sizeof sa, host, sizeof host, 0,
						 0, NI_NAMEREQD), EAI_NONAME);
	t_eq("getnameinfo_short_len", getnameinfo((struct sockaddr *)&sa, 4, host, sizeof host, 0, 0, 0),
	     EAI_FAMILY);
	inet_pton(AF_INET6, "fe80::9", &sa6.sin6_addr);
	getnameinfo((struct sockaddr *)&sa6, sizeof sa6, host, sizeof host, serv, sizeof serv, NI_DGRAM);
	t_str("getnameinfo_scope", host, "fe80::9%2");
	t_str("getnameinfo_dgram_serv", serv, "myservice");
}

/* The addresses of host for hints as text, "a b c", or the error as text. */
static const char *all(const char *host, const char *serv, int family, int flags)
{
	static char buf[8 * (INET6_ADDRSTRLEN + 1)];
	struct addrinfo hints = { .ai_family = family, .ai_flags = flags, .ai_socktype = SOCK_STREAM };
	struct addrinfo *res, *ai;
	size_t n = 0;
	int r = getaddrinfo(host, serv, &hints, &res);

	if (r) {
		snprintf(buf, sizeof buf, "error %d", r);
		return buf;
	}
	buf[0] = 0;
	for (ai = res; ai && n + INET6_ADDRSTRLEN + 1 < sizeof buf; ai = ai->ai_next) {
		const void *a = ai->ai_family == AF_INET
					? (void *)&((struct sockaddr_in *)ai->ai_addr)->sin_addr
					: (void *)&((struct sockaddr_in6 *)ai->ai_addr)->sin6_addr;
		if (n)
			buf[n++] = ' ';
		inet_ntop(ai->ai_family, a, buf + n, INET6_ADDRSTRLEN);
		n += strlen(buf + n);
	}
	freeaddrinfo(res);
	return buf;
}

/* Whether the test sees what AI_ADDRCONFIG looks for, by its own reading of the same sources. */
static int have_v4(void)
{
	struct ifreq req[64];
	struct ifconf c = { .ifc_len = sizeof req, .ifc_req = req };
	int fd = socket(AF_INET, SOCK_DGRAM, 0), r = 0;

	if (fd < 0 || ioctl(fd, SIOCGIFCONF, &c))
		r = fd >= 0 || errno != EAFNOSUPPORT;
	for (int i = 0; !r && fd >= 0 && i < c.ifc_len / (int)sizeof *req; i++)
		r = ((struct sockaddr_in *)&req[i].ifr_addr)->sin_addr.s_addr != htonl(INADDR_LOOPBACK);
	if (fd >= 0)
		close(fd);
	return r;
}

static int have_v6(void)
{
	char line[128];
	FILE *f = fopen("/proc/net/if_inet6", "r");
	int r = 0;

	if (!f) {
		int fd = socket(AF_INET6, SOCK_DGRAM, 0);
		if (fd >= 0)
			close(fd);
		return fd >= 0 || errno != EAFNOSUPPORT;
	}
	while (!r && fgets(line, sizeof line, f))
		r = strncmp(line, "00000000000000000000000000000001", 32) != 0;
	fclose(f);
	return r;
}

/* Flags and their combinations, with glibc's error codes. */
static void test_flags(void)
{
	struct addrinfo hints = { 0 }, *res, *ai;
	int v4 = have_v4(), v6 = have_v6(), n;

	hints.ai_flags = AI_CANONNAME;
	t_eq("canonname_null_host_badflags", getaddrinfo(0, "80", &hints, &res), EAI_BADFLAGS);
	hints.ai_flags = 0x8000;
	t_eq("null_null_before_badflags", getaddrinfo(0, 0, &hints, &res), EAI_NONAME);
	hints = (struct addrinfo){ .ai_socktype = SOCK_STREAM, .ai_protocol = IPPROTO_UDP };
	t_eq("stream_udp_socktype", getaddrinfo("192.0.2.1", 0, &hints, &res), EAI_SOCKTYPE);
	hints = (struct addrinfo){ .ai_socktype = SOCK_DGRAM, .ai_protocol = IPPROTO_TCP };
	t_eq("dgram_tcp_socktype", getaddrinfo("192.0.2.1", "80", &hints, &res), EAI_SOCKTYPE);
	hints.ai_flags = AI_NUMERICSERV;
	t_eq("numericserv_before_socktype", getaddrinfo("192.0.2.1", "http", &hints, &res), EAI_NONAME);
	hints = (struct addrinfo){ .ai_protocol = 99 };
	t_eq("other_protocol_service", getaddrinfo("192.0.2.1", "80", &hints, &res), EAI_SERVICE);
	t_eq("other_protocol_raw", getaddrinfo("192.0.2.1", 0, &hints, &res), 0);
	if (!res)
		return;
	t_true("other_protocol_raw_result", res->ai_socktype == SOCK_RAW && res->ai_protocol == 99 &&
		       !res->ai_next, "not one raw result of protocol 99");
	freeaddrinfo(res);
	hints = (struct addrinfo){ .ai_protocol = IPPROTO_UDP };
	t_eq("udp_protocol_only", getaddrinfo("192.0.2.1", "myservice", &hints, &res), 0);
	if (!res)
		return;
	t_true("udp_protocol_only_result", res->ai_socktype == SOCK_DGRAM && !res->ai_next &&
		       ntohs(((struct sockaddr_in *)res->ai_addr)->sin_port) == 4243, "not one udp/4243");
	freeaddrinfo(res);
	hints = (struct addrinfo){ .ai_socktype = SOCK_SEQPACKET };
	t_eq("seqpacket_sctp", getaddrinfo("192.0.2.1", "9", &hints, &res), 0);
	if (!res)
		return;
	t_true("seqpacket_sctp_result", res->ai_protocol == IPPROTO_SCTP && !res->ai_next, "not one sctp");
	freeaddrinfo(res);
	hints = (struct addrinfo){ 0 };
	t_eq("named_service_each_protocol", getaddrinfo("192.0.2.1", "myservice", &hints, &res), 0);
	if (!res)
		return;
	t_true("named_service_each_protocol_ports",
	       res->ai_protocol == IPPROTO_TCP && ntohs(((struct sockaddr_in *)res->ai_addr)->sin_port) == 4242 &&
		       res->ai_next && res->ai_next->ai_protocol == IPPROTO_UDP &&
		       ntohs(((struct sockaddr_in *)res->ai_next->ai_addr)->sin_port) == 4243 &&
		       !res->ai_next->ai_next, "not tcp/4242 then udp/4243");
	freeaddrinfo(res);
	hints = (struct addrinfo){ .ai_family = AF_INET6, .ai_protocol = 99 };
	t_eq("raw_service_before_family", getaddrinfo("192.0.2.1", "80", &hints, &res), EAI_SERVICE);
	hints = (struct addrinfo){ .ai_flags = AI_CANONNAME, .ai_socktype = SOCK_STREAM };
	getaddrinfo("192.0.2.1", 0, &hints, &res);
	t_str("canonname_numeric", res ? res->ai_canonname : 0, "192.0.2.1");
	if (res)
		freeaddrinfo(res);

	t_str("v4mapped_numeric", all("192.0.2.1", 0, AF_INET6, AI_V4MAPPED), "::ffff:192.0.2.1");
	t_str("v4mapped_unspec_ignored", all("192.0.2.1", 0, AF_UNSPEC, AI_V4MAPPED), "192.0.2.1");
	t_str("v4mapped_hosts", all("filehost", 0, AF_INET6, AI_V4MAPPED), "::ffff:192.0.2.50");
	t_str("v4mapped_dns_no_aaaa", all("noaaaa.test", 0, AF_INET6, AI_V4MAPPED), "::ffff:192.0.2.7");
	t_str("v4mapped_dns_has_aaaa", all("a.test", 0, AF_INET6, AI_V4MAPPED), "2001:db8::1");
	t_str("all_without_v4mapped", all("a.test", 0, AF_INET6, AI_ALL), "2001:db8::1");
	n = 0;
	hints = (struct addrinfo){ .ai_family = AF_INET6, .ai_flags = AI_V4MAPPED | AI_ALL,
				   .ai_socktype = SOCK_STREAM };
	if (!getaddrinfo("a.test", 0, &hints, &res)) {
		for (ai = res; ai; ai = ai->ai_next) {
			char text[INET6_ADDRSTRLEN];
			inet_ntop(AF_INET6, &((struct sockaddr_in6 *)ai->ai_addr)->sin6_addr, text, sizeof text);
			n += ai->ai_family != AF_INET6 ? 8 : !strcmp(text, "2001:db8::1") ? 1
			     : !strcmp(text, "::ffff:192.0.2.1") ? 2 : 8;
		}
		freeaddrinfo(res);
	}
	t_eq("v4mapped_all_both", n, 3);
	t_str("passive_v6_any", all(0, "80", AF_INET6, AI_PASSIVE), "::");
	t_str("passive_ignored_with_host", all("192.0.2.1", "80", AF_INET, AI_PASSIVE), "192.0.2.1");

	t_str("addrconfig_v4", all("192.0.2.1", 0, AF_INET, AI_ADDRCONFIG), v4 ? "192.0.2.1" : "error -2");
	t_str("addrconfig_v6", all("2001:db8::50", 0, AF_INET6, AI_ADDRCONFIG),
	      v6 ? "2001:db8::50" : "error -2");
	n = 0;
	hints = (struct addrinfo){ .ai_flags = AI_ADDRCONFIG, .ai_socktype = SOCK_STREAM };
	if (!getaddrinfo("alias2", 0, &hints, &res)) {
		for (ai = res; ai; ai = ai->ai_next)
			n |= ai->ai_family == AF_INET ? 1 : 2;
		freeaddrinfo(res);
	}
	t_eq("addrconfig_unspec_families", n, v4 == v6 ? 3 : v4 ? 1 : 2);
}

/*
 * RFC 6724 order in practice: "both" is 127.0.0.1 then ::1 in the hosts
 * file; ::1 (precedence 50) comes first wherever IPv6's loopback works.
 */
static void test_sorted(void)
{
	struct sockaddr_in6 lo = { .sin6_family = AF_INET6, .sin6_port = htons(9) };
	int fd = socket(AF_INET6, SOCK_DGRAM, 0);
	int v6 = fd >= 0 && !connect(fd, (struct sockaddr *)&lo, (lo.sin6_addr.s6_addr[15] = 1, sizeof lo));

	if (fd >= 0)
		close(fd);
	t_str("rfc6724_loopbacks", all("both", 0, AF_UNSPEC, 0), v6 ? "::1 127.0.0.1" : "127.0.0.1 ::1");
}

/* The host getnameinfo gives the IPv4 address text with flags, or the error as text. */
static const char *name4(const char *addr, socklen_t size, int flags)
{
	static char host[NI_MAXHOST];
	struct sockaddr_in sa = { .sin_family = AF_INET };
	int r;

	inet_pton(AF_INET, addr, &sa.sin_addr);
	r = getnameinfo((struct sockaddr *)&sa, sizeof sa, host, size, 0, 0, flags);
	if (r)
		snprintf(host, sizeof host, "error %d", r);
	return host;
}

static const char *name6(const char *addr, int flags)
{
	static char host[NI_MAXHOST];
	struct sockaddr_in6 sa = { .sin6_family = AF_INET6 };
	int r;

	inet_pton(AF_INET6, addr, &sa.sin6_addr);
	r = getnameinfo((struct sockaddr *)&sa, sizeof sa, host, sizeof host, 0, 0, flags);
	if (r)
		snprintf(host, sizeof host, "error %d", r);
	return host;
}

/* getnameinfo and gethostbyaddr through the hosts file, then DNS PTR queries. */
static void test_reverse(void)
{
	char name[32], addr[16];
	struct hostent *h;

	t_str("ptr_v4", name4("192.0.2.1", NI_MAXHOST, 0), "a.test");
	t_str("ptr_v4_nofqdn", name4("192.0.2.1", NI_MAXHOST, NI_NOFQDN), "a");
	t_str("ptr_v4_overflow", name4("192.0.2.1", 6, 0), "error -12");
	t_str("ptr_v4_fits", name4("192.0.2.1", 7, 0), "a.test");
	t_str("ptr_cname_classless", name4("192.0.2.5", NI_MAXHOST, NI_NAMEREQD), "classless.test");
	t_str("ptr_v6_nibbles", name6("2001:db8::1", NI_NAMEREQD), "a6.test");
	t_str("ptr_v4_mapped", name6("::ffff:192.0.2.1", NI_NAMEREQD), "a.test");
	t_str("hosts_v4_mapped", name6("::ffff:192.0.2.50", NI_NAMEREQD), "filehost.example");
	t_str("hosts_before_dns", name4("192.0.2.50", NI_MAXHOST, NI_NAMEREQD), "filehost.example");
	t_str("ptr_not_a_host_name", name4("192.0.2.6", NI_MAXHOST, 0), "192.0.2.6");
	t_str("ptr_not_a_host_name_reqd", name4("192.0.2.6", NI_MAXHOST, NI_NAMEREQD), "error -2");
	t_str("ptr_nxdomain_numeric", name4("192.0.2.200", NI_MAXHOST, 0), "192.0.2.200");
	t_str("ptr_nxdomain_v6_reqd", name6("2001:db8::2", NI_NAMEREQD), "error -2");
	t_str("ptr_numerichost", name4("192.0.2.1", NI_MAXHOST, NI_NUMERICHOST), "192.0.2.1");
	for (int i = 7; i <= 10; i++) {
		snprintf(name, sizeof name, "ptr_drops_malformed_%d", i);
		snprintf(addr, sizeof addr, "192.0.2.%d", i);
		t_str(name, name4(addr, NI_MAXHOST, NI_NAMEREQD), "good.test");
	}
	h = gethostbyaddr("\300\0\2\1", 4, AF_INET);
	t_true("gethostbyaddr_ptr", h && !strcmp(h->h_name, "a.test") && h->h_addrtype == AF_INET &&
		       h->h_length == 4 && !memcmp(h->h_addr_list[0], "\300\0\2\1", 4) &&
		       !h->h_addr_list[1], "wrong hostent");
	h = gethostbyaddr("\300\0\2\310", 4, AF_INET);
	t_true("gethostbyaddr_nx", !h && h_errno == HOST_NOT_FOUND, "no HOST_NOT_FOUND");
	h = gethostbyaddr("\040\001\015\270\0\0\0\0\0\0\0\0\0\0\0\001", 16, AF_INET6);
	t_str("gethostbyaddr_v6", h ? h->h_name : 0, "a6.test");
}

/* A server that never answers: the resolver gives up with EAI_AGAIN after its timeout. */
static void test_timeout(void)
{
	setenv("TRAPDOOR_RESOLV_CONF", slow_conf, 1);
	t_str("dns_timeout_eai_again", first("silent.test", AF_UNSPEC, 0), "error -3");
	t_str("ptr_timeout_eai_again", name4("192.0.2.11", NI_MAXHOST, NI_NAMEREQD), "error -3");
	setenv("TRAPDOOR_RESOLV_CONF", conf, 1);
}

int main(void)
{
	char text[512 + 256];
	int port;
	pid_t server = start_server(&port);

	if (port < 0) {
		t_true("dns_server", 0, "the test's DNS server did not start");
		return t_done();
	}
	t_tmpname(hosts, "hosts");
	t_tmpname(services, "services");
	t_tmpname(conf, "resolv");
	t_tmpname(slow_conf, "resolv-slow");
	memset(text, 'x', sizeof text);
	memcpy(text, "10.0.0.1 ", 9);
	memcpy(text + sizeof text - 17, " longline.test.\n", 17);
	write_file(hosts, "# scratch hosts\n127.0.0.1 localhost\nnot-an-address filehost\n"
			  "192.0.2.50 filehost.example filehost alias2 # a comment\n"
			  "2001:db8::50\tfilehost.example alias2\n127.0.0.1 both\n::1 both\n");
	{
		int fd = open(hosts, O_WRONLY | O_APPEND);
		write(fd, text, sizeof text);
		close(fd);
	}
	write_file(services, "http 80/tcp www\nmyservice 4242/tcp\nmyservice 4243/udp\n");
	snprintf(text, sizeof text,
		 "# the test's server\nnameserver [127.0.0.1]:%d\nsearch test\noptions ndots:1 timeout:30 attempts:2\n",
		 port);
	write_file(conf, text);
	snprintf(text, sizeof text, "nameserver [127.0.0.1]:%d\noptions timeout:1 attempts:1\n", port);
	write_file(slow_conf, text);
	setenv("TRAPDOOR_HOSTS", hosts, 1);
	setenv("TRAPDOOR_SERVICES", services, 1);
	setenv("TRAPDOOR_RESOLV_CONF", conf, 1);

	test_numeric_and_files();
	test_dns();
	test_legacy();
	test_reverse();
	test_flags();
	test_sorted();
	test_timeout();

	kill(server, SIGKILL);
	T_KILLED("dns_server_status", t_wait(server), SIGKILL);
	unlink(hosts);
	unlink(services);
	unlink(conf);
	unlink(slow_conf);
	return t_done();
}
