/*
 * getaddrinfo's answers against glibc's: built twice, with trapdoor-cc and
 * with the host's compiler and glibc (make gai-diff, which compares the two
 * outputs), it prints one line per combination of host (null, IPv4, IPv6
 * literal), service (none, number, name, empty, past 65535, unknown),
 * flags, family, socket type and protocol: the return value, the number of
 * results and the first one's port.  Numeric hosts only, so that glibc
 * needs no NSS module; both read the same /etc/services.
 */
#include <arpa/inet.h>
#include <netdb.h>
#include <stdio.h>

#define N(a) (int)(sizeof a / sizeof a[0])

int main(void)
{
	static const char *const hosts[] = { 0, "192.0.2.1", "::1" };
	static const char *const servs[] = { 0, "80", "http", "", "65536", "x" };
	static const int flags[] = { 0, AI_CANONNAME, AI_NUMERICSERV, 0x8000, AI_V4MAPPED,
		AI_PASSIVE | AI_CANONNAME, AI_NUMERICHOST | AI_NUMERICSERV, AI_V4MAPPED | AI_ALL };
	static const int fams[] = { AF_UNSPEC, AF_INET, AF_INET6, 12345 };
	static const int types[] = { 0, SOCK_STREAM, SOCK_DGRAM, SOCK_RAW, SOCK_SEQPACKET, 12345 };
	static const int protos[] = { 0, IPPROTO_TCP, IPPROTO_UDP, IPPROTO_SCTP, 99 };

	for (int h = 0; h < N(hosts); h++)
	for (int s = 0; s < N(servs); s++)
	for (int f = 0; f < N(flags); f++)
	for (int a = 0; a < N(fams); a++)
	for (int t = 0; t < N(types); t++)
	for (int p = 0; p < N(protos); p++) {
		struct addrinfo hints = { .ai_flags = flags[f], .ai_family = fams[a],
					  .ai_socktype = types[t], .ai_protocol = protos[p] };
		struct addrinfo *res, *ai;
		int r = getaddrinfo(hosts[h], servs[s], &hints, &res), n = 0, port = -1;

		if (!r) {
			for (ai = res; ai; ai = ai->ai_next)
				n++;
			port = ntohs(((struct sockaddr_in *)res->ai_addr)->sin_port);
			freeaddrinfo(res);
		}
		printf("%s %s flags %#x family %d type %d proto %d: %d, %d results, port %d\n",
		       hosts[h] ? hosts[h] : "NULL", servs[s] ? servs[s] : "NULL", flags[f], a, t, p, r,
		       n, port);
	}
	return 0;
}
