/*
 * Calls through volatile pointers, so that gcc can neither fold a call with
 * constant arguments nor expand it inline: every case reaches the library.
 * Included after t.h, whose own calls stay direct.
 */
#ifndef STRING_UNDER_TEST_H
#define STRING_UNDER_TEST_H

#include <string.h>

#define UNDER_TEST(name) static __typeof__(name) *volatile name##_p = name

UNDER_TEST(memcpy);
UNDER_TEST(memmove);
UNDER_TEST(memset);
UNDER_TEST(memcmp);
UNDER_TEST(memchr);
UNDER_TEST(strlen);
UNDER_TEST(strnlen);
UNDER_TEST(strcmp);
UNDER_TEST(strncmp);
UNDER_TEST(strchr);
UNDER_TEST(strrchr);
UNDER_TEST(strcpy);
UNDER_TEST(strncpy);
UNDER_TEST(strcat);
UNDER_TEST(strncat);
UNDER_TEST(strstr);
UNDER_TEST(strspn);
UNDER_TEST(strcspn);
UNDER_TEST(strpbrk);

#define memcpy(...) memcpy_p(__VA_ARGS__)
#define memmove(...) memmove_p(__VA_ARGS__)
#define memset(...) memset_p(__VA_ARGS__)
#define memcmp(...) memcmp_p(__VA_ARGS__)
#define memchr(...) memchr_p(__VA_ARGS__)
#define strlen(...) strlen_p(__VA_ARGS__)
#define strnlen(...) strnlen_p(__VA_ARGS__)
#define strcmp(...) strcmp_p(__VA_ARGS__)
#define strncmp(...) strncmp_p(__VA_ARGS__)
#define strchr(...) strchr_p(__VA_ARGS__)
#define strrchr(...) strrchr_p(__VA_ARGS__)
#define strcpy(...) strcpy_p(__VA_ARGS__)
#define strncpy(...) strncpy_p(__VA_ARGS__)
#define strcat(...) strcat_p(__VA_ARGS__)
#define strncat(...) strncat_p(__VA_ARGS__)
#define strstr(...) strstr_p(__VA_ARGS__)
#define strspn(...) strspn_p(__VA_ARGS__)
#define strcspn(...) strcspn_p(__VA_ARGS__)
#define strpbrk(...) strpbrk_p(__VA_ARGS__)

#endif
