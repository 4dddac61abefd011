#ifndef NEWSWIRE_CCURL_SHIM_H
#define NEWSWIRE_CCURL_SHIM_H
#include <curl/curl.h>
// Typed wrappers for libcurl's variadic functions follow (Swift cannot call C variadics).
#endif
