/*
 * Sockets over loopback and AF_UNIX: TCP echo on 127.0.0.1 and ::1, UDP,
 * socketpair, accept4's flags, descriptors and credentials passed as
 * control messages, the multi-message calls, options, and the errors.
 * Every exchange is ordered by the kernel's own queues: a connect to a
 * listening loopback socket completes from the backlog, so one process is
 * both ends.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <time.h>
#include "t.h"

/* A listening TCP socket on the loopback address of af, port chosen by the kernel; -1 if none. */
static int listener(int af, struct sockaddr_storage *ss, socklen_t *len)
{
	int fd = socket(af, SOCK_STREAM, 0);

	memset(ss, 0, sizeof *ss);
	if (af == AF_INET) {
		struct sockaddr_in *in = (struct sockaddr_in *)ss;
		in->sin_family = AF_INET;
		in->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		*len = sizeof *in;
	} else {
		struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)ss;
		in6->sin6_family = AF_INET6;
		in6->sin6_addr = in6addr_loopback;
		*len = sizeof *in6;
	}
	if (fd < 0 || bind(fd, (struct sockaddr *)ss, *len) || listen(fd, 4) ||
	    getsockname(fd, (struct sockaddr *)ss, len)) {
		if (fd >= 0)
			close(fd);
		return -1;
	}
	return fd;
}

static void tcp_echo(const char *tag, int af)
{
	struct sockaddr_storage ss, peer, local;
	socklen_t len, plen = sizeof peer, llen = sizeof local;
	char name[64], buf[16];
	int l = listener(af, &ss, &len), c, s;

	strcpy(name, tag);
	if (l < 0) {
		if (af == AF_INET6 && (errno == EAFNOSUPPORT || errno == EADDRNOTAVAIL))
			return t_skip(strcat(name, "_echo"), "no IPv6 on the loopback interface");
		return t_true(strcat(name, "_listen"), 0, "listen on loopback failed");
	}
	c = socket(af, SOCK_STREAM | SOCK_CLOEXEC, 0);
	t_eq(strcat(strcpy(name, tag), "_connect"), connect(c, (struct sockaddr *)&ss, len), 0);
	s = accept(l, (struct sockaddr *)&peer, &plen);
	t_true(strcat(strcpy(name, tag), "_accept"), s >= 0, "accept failed");
	getsockname(c, (struct sockaddr *)&local, &llen);
	t_true(strcat(strcpy(name, tag), "_accept_peer"),
	       plen == llen && !memcmp(&peer, &local, plen), "accept's address is not the client's");
	t_eq(strcat(strcpy(name, tag), "_send"), send(c, "echo me", 7, 0), 7);
	t_eq(strcat(strcpy(name, tag), "_recv"), recv(s, buf, sizeof buf, 0), 7);
	t_eq(strcat(strcpy(name, tag), "_send_back"), send(s, buf, 7, 0), 7);
	memset(buf, 0, sizeof buf);
	t_eq(strcat(strcpy(name, tag), "_recv_back"), recv(c, buf, 7, MSG_WAITALL), 7);
	t_str(strcat(strcpy(name, tag), "_echoed"), buf, "echo me");
	t_eq(strcat(strcpy(name, tag), "_shutdown"), shutdown(c, SHUT_WR), 0);
	t_eq(strcat(strcpy(name, tag), "_eof_after_shutdown"), recv(s, buf, sizeof buf, 0), 0);
	close(c);
	close(s);
	close(l);
}

static void test_tcp(void)
{
	struct sockaddr_storage ss;
	socklen_t len;
	int l, c, s, v;
	socklen_t vlen = sizeof v;

	tcp_echo("tcp4", AF_INET);
	tcp_echo("tcp6", AF_INET6);

	l = listener(AF_INET, &ss, &len);
	c = socket(AF_INET, SOCK_STREAM, 0);
	connect(c, (struct sockaddr *)&ss, len);
	s = accept4(l, 0, 0, SOCK_NONBLOCK | SOCK_CLOEXEC);
	t_true("accept4_nonblock", (fcntl(s, F_GETFL) & O_NONBLOCK) != 0, "no O_NONBLOCK");
	t_eq("accept4_cloexec", fcntl(s, F_GETFD), FD_CLOEXEC);
	T_ERR("recv_dontwait_eagain", recv(s, &v, 1, 0), EAGAIN);
	t_eq("so_type_stream", getsockopt(s, SOL_SOCKET, SO_TYPE, &v, &vlen) ? -1 : v, SOCK_STREAM);
	v = 1;
	t_eq("tcp_nodelay_set", setsockopt(s, IPPROTO_TCP, TCP_NODELAY, &v, sizeof v), 0);
	v = 0;
	vlen = sizeof v;
	t_eq("tcp_nodelay_get", getsockopt(s, IPPROTO_TCP, TCP_NODELAY, &v, &vlen) || !v, 0);
	close(c);
	close(s);
	T_ERR("accept4_bad_flags", accept4(l, 0, 0, 0x7fffffff), EINVAL);
	close(l);

	/* Nothing listens on a bound, unlistened port. */
	l = listener(AF_INET, &ss, &len);
	close(l);
	c = socket(AF_INET, SOCK_STREAM, 0);
	T_ERR("connect_refused", connect(c, (struct sockaddr *)&ss, len), ECONNREFUSED);
	T_ERR("accept_not_listening", accept(c, 0, 0), EINVAL);
	close(c);
}

static void test_udp(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET }, b, from;
	socklen_t len = sizeof b, flen = sizeof from;
	struct mmsghdr m[2];
	struct iovec iov[2];
	char buf[2][8];
	struct timespec ts = { 5, 0 };
	int x = socket(AF_INET, SOCK_DGRAM, 0), y = socket(AF_INET, SOCK_DGRAM, 0);

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	bind(y, (struct sockaddr *)&a, sizeof a);
	getsockname(y, (struct sockaddr *)&b, &len);
	t_eq("udp_sendto", sendto(x, "dgram", 5, 0, (struct sockaddr *)&b, len), 5);
	memset(buf, 0, sizeof buf);
	t_eq("udp_recvfrom", recvfrom(y, buf[0], sizeof buf[0], 0, (struct sockaddr *)&from, &flen), 5);
	t_str("udp_payload", buf[0], "dgram");
	len = sizeof a;
	getsockname(x, (struct sockaddr *)&a, &len);
	t_true("udp_from_address", flen == sizeof from && from.sin_port == a.sin_port &&
		       from.sin_addr.s_addr == htonl(INADDR_LOOPBACK), "recvfrom's address is not the sender's");

	connect(x, (struct sockaddr *)&b, sizeof b);
	memset(m, 0, sizeof m);
	for (int i = 0; i < 2; i++) {
		iov[i] = (struct iovec){ (char *)(i ? "two" : "one"), 3 };
		m[i].msg_hdr.msg_iov = &iov[i];
		m[i].msg_hdr.msg_iovlen = 1;
	}
	t_eq("sendmmsg_two", sendmmsg(x, m, 2, 0), 2);
	memset(buf, 0, sizeof buf);
	for (int i = 0; i < 2; i++) {
		iov[i] = (struct iovec){ buf[i], sizeof buf[i] };
		m[i].msg_len = 0;
	}
	t_eq("recvmmsg_two", recvmmsg(y, m, 2, MSG_WAITFORONE, &ts), 2);
	t_true("recvmmsg_payloads", m[0].msg_len == 3 && m[1].msg_len == 3 && !strcmp(buf[0], "one") &&
		       !strcmp(buf[1], "two"), "wrong datagrams");
	T_ERR("recvmmsg_dontwait_eagain", recvmmsg(y, m, 2, MSG_DONTWAIT, 0), EAGAIN);
	close(x);
	close(y);
}

/* Sends fd over sv[0] with the caller's credentials; receives both on sv[1]. */
static void test_cmsg(void)
{
	union {
		char buf[CMSG_SPACE(sizeof(int)) + CMSG_SPACE(sizeof(struct ucred))];
		struct cmsghdr align;
	} u;
	struct ucred cred = { getpid(), getuid(), getgid() }, got = { 0, 0, 0 };
	struct iovec iov = { (char *)"x", 1 };
	struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = u.buf };
	struct cmsghdr *c;
	int sv[2], p[2], one = 1, passed = -1;
	char byte, rbuf[8];

	t_eq("cmsg_len", CMSG_LEN(sizeof(int)), CMSG_ALIGN(sizeof(struct cmsghdr)) + sizeof(int));
	t_eq("cmsg_space_aligned", CMSG_SPACE(1) % sizeof(size_t), 0);
	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	pipe(p);
	setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &one, sizeof one);

	memset(&u, 0, sizeof u);
	msg.msg_controllen = sizeof u.buf;
	c = CMSG_FIRSTHDR(&msg);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(c), &p[0], sizeof(int));
	c = CMSG_NXTHDR(&msg, c);
	t_true("cmsg_nxthdr_second", c != 0, "no room for the second header");
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_CREDENTIALS;
	c->cmsg_len = CMSG_LEN(sizeof cred);
	memcpy(CMSG_DATA(c), &cred, sizeof cred);
	t_true("cmsg_nxthdr_end", CMSG_NXTHDR(&msg, c) == 0, "a header past the end");
	t_eq("sendmsg_rights_creds", sendmsg(sv[0], &msg, 0), 1);

	memset(&u, 0, sizeof u);
	iov = (struct iovec){ &byte, 1 };
	msg.msg_controllen = sizeof u.buf;
	t_eq("recvmsg_rights_creds", recvmsg(sv[1], &msg, MSG_CMSG_CLOEXEC), 1);
	for (c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS)
			memcpy(&passed, CMSG_DATA(c), sizeof passed);
		if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_CREDENTIALS)
			memcpy(&got, CMSG_DATA(c), sizeof got);
	}
	t_true("scm_rights_new_fd", passed >= 0 && passed != p[0], "no descriptor came");
	t_eq("scm_rights_cloexec", fcntl(passed, F_GETFD), FD_CLOEXEC);
	write(p[1], "through", 7);
	memset(rbuf, 0, sizeof rbuf);
	t_eq("scm_rights_reads_pipe", read(passed, rbuf, sizeof rbuf), 7);
	t_str("scm_rights_payload", rbuf, "through");
	t_true("scm_credentials", got.pid == cred.pid && got.uid == cred.uid && got.gid == cred.gid,
	       "credentials differ");
	t_eq("msg_flags_clean", msg.msg_flags & MSG_CTRUNC, 0);
	close(passed);
	close(p[0]);
	close(p[1]);
	close(sv[0]);
	close(sv[1]);
}

static void test_unix(void)
{
	struct sockaddr_un a = { .sun_family = AF_UNIX }, b;
	socklen_t len = sizeof b;
	struct ucred cred;
	socklen_t clen = sizeof cred;
	int l = socket(AF_UNIX, SOCK_STREAM, 0), c, s, sv[2];
	char buf[8];

	t_tmpname(a.sun_path, "sock");
	unlink(a.sun_path);
	t_eq("unix_bind", bind(l, (struct sockaddr *)&a, sizeof a), 0);
	T_ERR("unix_bind_in_use", bind(socket(AF_UNIX, SOCK_STREAM, 0), (struct sockaddr *)&a, sizeof a),
	      EADDRINUSE);
	t_eq("unix_listen", listen(l, 1), 0);
	c = socket(AF_UNIX, SOCK_STREAM, 0);
	t_eq("unix_connect", connect(c, (struct sockaddr *)&a, sizeof a), 0);
	s = accept(l, 0, 0);
	t_eq("unix_getpeername", getpeername(c, (struct sockaddr *)&b, &len), 0);
	t_str("unix_peer_path", b.sun_path, a.sun_path);
	t_eq("so_peercred", getsockopt(s, SOL_SOCKET, SO_PEERCRED, &cred, &clen), 0);
	t_true("so_peercred_pid", clen == sizeof cred && cred.pid == getpid() && cred.uid == getuid(),
	       "peer credentials are not ours");
	close(s);
	T_ERR("send_epipe", send(c, "x", 1, MSG_NOSIGNAL), EPIPE);
	close(c);
	close(l);
	unlink(a.sun_path);

	t_eq("socketpair", socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, sv), 0);
	t_true("socketpair_nonblock", (fcntl(sv[0], F_GETFL) & O_NONBLOCK) != 0, "no O_NONBLOCK");
	write(sv[0], "pair", 4);
	memset(buf, 0, sizeof buf);
	t_eq("socketpair_read", read(sv[1], buf, sizeof buf), 4);
	t_str("socketpair_payload", buf, "pair");
	close(sv[0]);
	close(sv[1]);
}

static void test_options_and_errors(void)
{
	struct timeval tv = { 5, 500000 }, got;
	struct linger lg = { 1, 3 }, lgot;
	struct sockaddr_in sa = { .sin_family = AF_INET };
	socklen_t len = sizeof got;
	int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0), p[2], v;

	t_eq("socket_cloexec", fcntl(s, F_GETFD), FD_CLOEXEC);
	t_eq("so_rcvtimeo_set", setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv), 0);
	memset(&got, 0, sizeof got);
	t_eq("so_rcvtimeo_get", getsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &got, &len), 0);
	t_true("so_rcvtimeo_value", got.tv_sec == 5 && got.tv_usec == 500000 && len == sizeof got,
	       "timeout changed on the way");
	T_ERR("so_rcvtimeo_short", setsockopt(s, SOL_SOCKET, SO_SNDTIMEO, &tv, 4), EINVAL);
	t_eq("so_linger_set", setsockopt(s, SOL_SOCKET, SO_LINGER, &lg, sizeof lg), 0);
	len = sizeof lgot;
	t_true("so_linger_get", !getsockopt(s, SOL_SOCKET, SO_LINGER, &lgot, &len) && lgot.l_onoff &&
		       lgot.l_linger == 3, "linger changed");
	len = sizeof v;
	t_true("so_type_dgram", !getsockopt(s, SOL_SOCKET, SO_TYPE, &v, &len) && v == SOCK_DGRAM,
	       "SO_TYPE is not SOCK_DGRAM");
	v = 4096;
	setsockopt(s, SOL_SOCKET, SO_RCVLOWAT, &v, sizeof v);
	len = sizeof v;
	t_true("so_rcvlowat", !getsockopt(s, SOL_SOCKET, SO_RCVLOWAT, &v, &len) && v == 4096,
	       "SO_RCVLOWAT did not round-trip");
	T_ERR("getsockopt_bad_option", getsockopt(s, SOL_SOCKET, 12345, &v, &len), ENOPROTOOPT);
	close(s);

	T_ERR("socket_bad_family", socket(12345, SOCK_STREAM, 0), EAFNOSUPPORT);
	T_ERR("socket_bad_protocol", socket(AF_UNIX, SOCK_STREAM, 2), EPROTONOSUPPORT);
	T_ERR("bind_ebadf", bind(-1, (struct sockaddr *)&sa, sizeof sa), EBADF);
	pipe(p);
	T_ERR("listen_enotsock", listen(p[0], 1), ENOTSOCK);
	len = sizeof sa;
	T_ERR("getsockname_enotsock", getsockname(p[0], (struct sockaddr *)&sa, &len), ENOTSOCK);
	close(p[0]);
	close(p[1]);
}

int main(void)
{
	test_tcp();
	test_udp();
	test_cmsg();
	test_unix();
	test_options_and_errors();
	return t_done();
}
