#include "etc_impl.h"

FILE *__spent_file;
