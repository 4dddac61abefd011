// uchardet (Debian's libuchardet-dev): the statistical charset detector of Mozilla, used for
// documents that declare no charset.
#include <uchardet.h>
