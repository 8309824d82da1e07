/*
 * Addresses as text and bytes: inet_pton and inet_ntop both ways with exact
 * strings, the old inet_aton/inet_addr/inet_ntoa forms, byte order (the
 * same bytes on a big-endian s390x as on the little-endian arches), and the
 * errors.  Wide coverage against glibc is test/unit/inet_diff.c.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <byteswap.h>
#include <endian.h>
#include <netinet/in.h>
#include "t.h"

static void pton_ntop(const char *name, int af, const char *in, const char *out)
{
	unsigned char a[16];
	char buf[INET6_ADDRSTRLEN];
	int r = inet_pton(af, in, a);

	t_begin(name);
	if (r != 1) {
		t_fail();
		t_out("inet_pton refused it\n");
		return;
	}
	if (!inet_ntop(af, a, buf, sizeof buf)) {
		t_fail();
		t_out("inet_ntop failed\n");
		return;
	}
	t_case--;
	t_str(name, buf, out);
}

static void bytes(void)
{
	unsigned char a[16];
	struct in_addr in;
	uint16_t port = htons(0x1234);
	uint32_t addr = htonl(0x7f000001);
	unsigned char *pb = (unsigned char *)&port, *ab = (unsigned char *)&addr;

	t_true("htons_bytes", pb[0] == 0x12 && pb[1] == 0x34, "htons is not big-endian");
	t_true("htonl_bytes", ab[0] == 0x7f && ab[1] == 0 && ab[2] == 0 && ab[3] == 1,
	       "htonl is not big-endian");
	t_eq("ntohs", ntohs(port), 0x1234);
	t_eq("ntohl", ntohl(addr), 0x7f000001);
	t_eq("htonl_function", (htonl)(0x01020304) == htonl(0x01020304), 1);
	t_eq("ntohs_function", (ntohs)(port), 0x1234);
	t_eq("bswap_16", bswap_16(0x1234), 0x3412);
	t_eq("bswap_32", bswap_32(0x12345678), 0x78563412);
	t_true("bswap_64", bswap_64(0x0102030405060708ULL) == 0x0807060504030201ULL, "bswap_64");
	t_eq("htobe32", htobe32(0x01020304), (long long)htonl(0x01020304));
	t_eq("le16toh_roundtrip", le16toh(htole16(0xbeef)), 0xbeef);
	t_true("byte_order", (BYTE_ORDER == BIG_ENDIAN) == (htons(1) == 1), "BYTE_ORDER is wrong");

	t_eq("pton4", inet_pton(AF_INET, "192.0.2.33", a), 1);
	t_true("pton4_bytes", a[0] == 192 && a[1] == 0 && a[2] == 2 && a[3] == 33, "wrong bytes");
	t_eq("pton6", inet_pton(AF_INET6, "2001:db8::ff00:42:8329", a), 1);
	t_true("pton6_bytes", a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x0d && a[3] == 0xb8 &&
		       a[4] == 0 && a[9] == 0 && a[10] == 0xff && a[11] == 0 && a[12] == 0 &&
		       a[13] == 0x42 && a[14] == 0x83 && a[15] == 0x29, "wrong bytes");
	t_eq("aton_short_form", inet_aton("127.1", &in), 1);
	t_eq("aton_short_value", ntohl(in.s_addr), 0x7f000001);
	t_eq("aton_hex_octal", inet_aton("0x7f.0.0.010", &in) && ntohl(in.s_addr) == 0x7f000008, 1);
	t_eq("inet_addr", ntohl(inet_addr("10.0.0.255")), 0x0a0000ff);
	t_eq("inet_addr_none", inet_addr("10.0.0.256"), (long long)INADDR_NONE);
	in.s_addr = htonl(0xc0a80101);
	t_str("inet_ntoa", inet_ntoa(in), "192.168.1.1");
	t_true("in6addr_loopback", IN6_IS_ADDR_LOOPBACK(&in6addr_loopback) &&
		       IN6_IS_ADDR_UNSPECIFIED(&in6addr_any), "wrong constants");
}

int main(void)
{
	unsigned char a[16];
	char small[8], big[16];

	pton_ntop("v4_roundtrip", AF_INET, "10.20.30.40", "10.20.30.40");
	pton_ntop("v6_compress_longest", AF_INET6, "1:0:0:2:0:0:0:3", "1:0:0:2::3");
	pton_ntop("v6_compress_first_tie", AF_INET6, "1:0:0:2:3:0:0:4", "1::2:3:0:0:4");
	pton_ntop("v6_single_zero_kept", AF_INET6, "1:0:2:3:4:5:6:7", "1:0:2:3:4:5:6:7");
	pton_ntop("v6_all_zero", AF_INET6, "0:0:0:0:0:0:0:0", "::");
	pton_ntop("v6_loopback", AF_INET6, "0::1", "::1");
	pton_ntop("v6_trailing_zeros", AF_INET6, "fe80:0:0:0:0:0:0:0", "fe80::");
	pton_ntop("v6_lowercase", AF_INET6, "ABCD:EF01::", "abcd:ef01::");
	pton_ntop("v6_mapped", AF_INET6, "::FFFF:192.0.2.1", "::ffff:192.0.2.1");
	pton_ntop("v6_compat", AF_INET6, "::192.0.2.1", "::192.0.2.1");
	pton_ntop("v6_leading_zeros_dropped", AF_INET6, "0001:0002::000a", "1:2::a");

	t_eq("pton4_leading_zero", inet_pton(AF_INET, "01.2.3.4", a), 0);
	t_eq("pton4_three_parts", inet_pton(AF_INET, "1.2.3", a), 0);
	t_eq("pton4_over_255", inet_pton(AF_INET, "1.2.3.256", a), 0);
	t_eq("pton4_trailing", inet_pton(AF_INET, "1.2.3.4 ", a), 0);
	t_eq("pton6_two_gaps", inet_pton(AF_INET6, "1::2::3", a), 0);
	t_eq("pton6_five_digits", inet_pton(AF_INET6, "12345::", a), 0);
	t_eq("pton6_nine_groups", inet_pton(AF_INET6, "1:2:3:4:5:6:7:8:9", a), 0);
	t_eq("pton6_gap_of_none", inet_pton(AF_INET6, "1:2:3:4::5:6:7:8", a), 0);
	t_eq("pton6_lone_colon", inet_pton(AF_INET6, ":1::", a), 0);
	T_ERR("pton_eafnosupport", inet_pton(AF_UNIX, "1.2.3.4", a), EAFNOSUPPORT);
	inet_pton(AF_INET6, "1111:2222:3333:4444:5555:6666:7777:8888", a);
	T_ERR("ntop_enospc", inet_ntop(AF_INET6, a, small, sizeof small) ? 0 : -1, ENOSPC);
	inet_pton(AF_INET, "255.255.255.255", a);
	T_ERR("ntop4_enospc_by_one", inet_ntop(AF_INET, a, big, 15) ? 0 : -1, ENOSPC);
	t_str("ntop4_exact_fit", inet_ntop(AF_INET, a, big, 16), "255.255.255.255");
	T_ERR("ntop_eafnosupport", inet_ntop(AF_UNIX, a, small, sizeof small) ? 0 : -1, EAFNOSUPPORT);
	bytes();
	return t_done();
}
