/* mmap flags (mips values; mips has no MAP_SYNC: 0x80000 is MAP_HUGETLB). */
#define MAP_SHARED          0x01
#define MAP_PRIVATE         0x02
#define MAP_SHARED_VALIDATE 0x03
#define MAP_TYPE            0x0f
#define MAP_FIXED           0x10
#define MAP_NORESERVE       0x0400
#define MAP_ANONYMOUS       0x0800
#define MAP_ANON            MAP_ANONYMOUS
#define MAP_GROWSDOWN       0x1000
#define MAP_DENYWRITE       0x2000
#define MAP_EXECUTABLE      0x4000
#define MAP_LOCKED          0x8000
#define MAP_POPULATE        0x10000
#define MAP_NONBLOCK        0x20000
#define MAP_STACK           0x40000
#define MAP_HUGETLB         0x80000
#define MAP_FIXED_NOREPLACE 0x100000
