#include <netinet/in.h>

#undef ntohl
uint32_t ntohl(uint32_t v)
{
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return v;
#else
	return __builtin_bswap32(v);
#endif
}
