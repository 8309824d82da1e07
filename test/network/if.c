/*
 * Interface names and indexes: the loopback interface "lo" both ways, the
 * list of interfaces, a SIOCGIFFLAGS request through struct ifreq, and the
 * errors.
 */
#define _GNU_SOURCE
#include <net/if.h>
#include <sys/ioctl.h>
#include "t.h"

int main(void)
{
	char name[IF_NAMESIZE];
	struct if_nameindex *ni, *p;
	struct ifreq r;
	unsigned lo = if_nametoindex("lo");
	int fd, found = 0;

	if (!lo) {
		t_skip("if_nametoindex_lo", "no loopback interface here");
		return t_done();
	}
	t_str("if_indextoname_lo", if_indextoname(lo, name), "lo");
	errno = 0;
	t_eq("if_nametoindex_unknown", if_nametoindex("no-such-if0"), 0);
	t_eq("if_nametoindex_enodev", errno, ENODEV);
	t_eq("if_nametoindex_too_long", if_nametoindex("a-name-longer-than-ifnamsiz"), 0);
	T_ERR("if_indextoname_enxio", if_indextoname(0x7ffffff0, name) ? 0 : -1, ENXIO);
	ni = if_nameindex();
	t_true("if_nameindex", ni != 0, "no list");
	for (p = ni; p && p->if_index; p++)
		if (p->if_index == lo && !strcmp(p->if_name, "lo"))
			found = 1;
	t_true("if_nameindex_has_lo", found, "lo is not listed");
	if_freenameindex(ni);

	fd = socket(AF_INET, SOCK_DGRAM, 0);
	memset(&r, 0, sizeof r);
	strcpy(r.ifr_name, "lo");
	t_eq("siocgifflags", ioctl(fd, SIOCGIFFLAGS, &r), 0);
	t_true("lo_flags", (r.ifr_flags & (IFF_UP | IFF_LOOPBACK)) == (IFF_UP | IFF_LOOPBACK),
	       "lo is not up and loopback");
	t_eq("siocgifindex", ioctl(fd, SIOCGIFINDEX, &r) || (unsigned)r.ifr_ifindex != lo, 0);
	close(fd);
	return t_done();
}
