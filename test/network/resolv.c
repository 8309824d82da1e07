/*
 * getaddrinfo and friends against scratch hosts, services and resolv.conf
 * files (named by TRAPDOOR_HOSTS, TRAPDOOR_SERVICES, TRAPDOOR_RESOLV_CONF)
 * and the DNS server of dns.h, run by this test in a child on 127.0.0.1:
 * numeric forms, the files, A/AAAA answers, a CNAME chain, NXDOMAIN, a
 * truncated answer taken again over TCP, a server that never answers, and
 * malformed replies that must be dropped.  This program is itself a static
 * binary built with trapdoor-cc resolving names through that server.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <stdio.h>
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
	t_true("service_both_types", n == 2 && res->ai_socktype == SOCK_STREAM &&
		       res->ai_next->ai_socktype == SOCK_DGRAM, "not stream then datagram");
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
	t_eq("eai_service_too_big", getaddrinfo("192.0.2.1", "65536", 0, &res), EAI_SERVICE);
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

/* A server that never answers: the resolver gives up with EAI_AGAIN after its timeout. */
static void test_timeout(void)
{
	setenv("TRAPDOOR_RESOLV_CONF", slow_conf, 1);
	t_str("dns_timeout_eai_again", first("silent.test", AF_UNSPEC, 0), "error -3");
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
			  "2001:db8::50\tfilehost.example alias2\n");
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
	test_timeout();

	kill(server, SIGKILL);
	T_KILLED("dns_server_status", t_wait(server), SIGKILL);
	unlink(hosts);
	unlink(services);
	unlink(conf);
	unlink(slow_conf);
	return t_done();
}
