#include <netinet/in.h>

#undef htons
uint16_t htons(uint16_t v)
{
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
	return v;
#else
	return __builtin_bswap16(v);
#endif
}
