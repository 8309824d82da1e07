/*
 * net CASE: one workload in a function named bench_CASE (for callgrind's
 * --toggle-collect=bench_*), ITERATIONS calls each: poll of 64 pipe
 * descriptors none of which is ready (timeout 0), inet_pton of varied IPv4
 * and IPv6 strings, getaddrinfo+freeaddrinfo of a numeric host, and of
 * "localhost" from /etc/hosts (one call first, outside the count, so that
 * glibc's NSS modules are loaded).  CASE "none" is the loop alone.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netdb.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#define ITERATIONS 1000
#define NFDS 64

static struct pollfd fds[NFDS];
static char inputs[ITERATIONS][48];
static volatile int sink;

__attribute__((noinline)) static int nothing(const char *s, void *dst)
{
	__asm__ volatile("" : : "r"(s), "r"(dst) : "memory");
	return 0;
}

__attribute__((noinline)) void bench_none(void)
{
	unsigned char a[16];

	for (int i = 0; i < ITERATIONS; i++)
		sink = nothing(inputs[i], a);
}

__attribute__((noinline)) void bench_poll(void)
{
	for (int i = 0; i < ITERATIONS; i++)
		sink = poll(fds, NFDS, 0);
}

__attribute__((noinline)) void bench_pton(void)
{
	unsigned char a[16];

	for (int i = 0; i < ITERATIONS; i++)
		sink = inet_pton(i & 1 ? AF_INET6 : AF_INET, inputs[i], a);
}

static void gai(const char *host)
{
	struct addrinfo hints = { .ai_family = AF_INET, .ai_socktype = SOCK_STREAM }, *res;

	if (!getaddrinfo(host, "80", &hints, &res)) {
		sink = res->ai_addrlen;
		freeaddrinfo(res);
	}
}

__attribute__((noinline)) void bench_gai_numeric(void)
{
	for (int i = 0; i < ITERATIONS; i++)
		gai(inputs[i & ~1]);
}

__attribute__((noinline)) void bench_gai_hosts(void)
{
	for (int i = 0; i < ITERATIONS; i++)
		gai("localhost");
}

int main(int argc, char **argv)
{
	const char *c = argc > 1 ? argv[1] : "none";

	for (int i = 0; i < ITERATIONS; i++) {
		if (i & 1)
			snprintf(inputs[i], sizeof inputs[i], "2001:db8:%x::%x:%x", i, i * 7 % 65536, i % 97);
		else
			snprintf(inputs[i], sizeof inputs[i], "%d.%d.%d.%d", 10 + i % 200, i % 256, i * 3 % 256, i % 251);
	}
	for (int i = 0; i < NFDS / 2; i++) {
		int p[2];
		if (pipe(p))
			return 1;
		fds[2 * i] = (struct pollfd){ p[0], POLLIN, 0 };
		fds[2 * i + 1] = (struct pollfd){ p[1], POLLIN, 0 };
	}
	gai("localhost");
	if (!strcmp(c, "none"))
		bench_none();
	else if (!strcmp(c, "poll"))
		bench_poll();
	else if (!strcmp(c, "pton"))
		bench_pton();
	else if (!strcmp(c, "gai_numeric"))
		bench_gai_numeric();
	else if (!strcmp(c, "gai_hosts"))
		bench_gai_hosts();
	else
		return 2;
	return 0;
}
