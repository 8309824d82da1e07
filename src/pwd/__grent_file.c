#include "etc_impl.h"

FILE *__grent_file;
