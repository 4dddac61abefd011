#ifndef NEWSWIRE_CCURL_SHIM_H
#define NEWSWIRE_CCURL_SHIM_H
#include <curl/curl.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

// Typed wrappers for libcurl's variadic functions (Swift cannot call C variadics).

typedef size_t (*newswire_curl_data_callback)(char *ptr, size_t size, size_t nmemb, void *userdata);

static inline CURLcode newswire_easy_setopt_long(CURL *handle, CURLoption option, long value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode newswire_easy_setopt_off_t(CURL *handle, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode newswire_easy_setopt_string(CURL *handle, CURLoption option, const char *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode newswire_easy_setopt_pointer(CURL *handle, CURLoption option, void *value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode newswire_easy_setopt_slist(CURL *handle, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(handle, option, value);
}

/// For CURLOPT_WRITEFUNCTION and CURLOPT_HEADERFUNCTION.
static inline CURLcode newswire_easy_setopt_callback(CURL *handle, CURLoption option,
                                                     newswire_curl_data_callback value) {
    return curl_easy_setopt(handle, option, value);
}

static inline CURLcode newswire_easy_getinfo_long(CURL *handle, CURLINFO info, long *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode newswire_easy_getinfo_off_t(CURL *handle, CURLINFO info, curl_off_t *value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode newswire_easy_getinfo_string(CURL *handle, CURLINFO info, char **value) {
    return curl_easy_getinfo(handle, info, value);
}

static inline CURLMcode newswire_multi_setopt_long(CURLM *handle, CURLMoption option, long value) {
    return curl_multi_setopt(handle, option, value);
}

/// `curl_version_info(CURLVERSION_NOW)`: CURLVERSION_NOW is a macro Swift does not import.
static inline curl_version_info_data *newswire_curl_version_info(void) {
    return curl_version_info(CURLVERSION_NOW);
}

/// `curl_global_init(CURL_GLOBAL_DEFAULT)`: reference-counted, thread-safe in libcurl >= 7.84.
static inline CURLcode newswire_curl_global_init(void) {
    return curl_global_init(CURL_GLOBAL_DEFAULT);
}

/// `mallopt` of the mmap and trim thresholds on glibc (Swift's Glibc module leaves malloc.h out); else nothing.
static inline void newswire_malloc_thresholds(int mmapBytes, int trimBytes) {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, mmapBytes);
    mallopt(M_TRIM_THRESHOLD, trimBytes);
#else
    (void)mmapBytes;
    (void)trimBytes;
#endif
}

/// `mallopt(M_ARENA_MAX, arenas)` on glibc; else nothing.
static inline void newswire_malloc_arena_max(int arenas) {
#if defined(__GLIBC__)
    mallopt(M_ARENA_MAX, arenas);
#else
    (void)arenas;
#endif
}

/// Hands the whole free pages of every malloc arena back to the system (glibc's `malloc_trim`); else nothing.
static inline void newswire_malloc_trim(void) {
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

/// Bytes malloc has handed out and not got back, and bytes it holds free, over every arena (glibc's
/// `mallinfo2`); zeros elsewhere.
static inline void newswire_heap_bytes(size_t *inUse, size_t *heldFree) {
#if defined(__GLIBC__)
    struct mallinfo2 info = mallinfo2();
    *inUse = info.uordblks + info.hblkhd;
    *heldFree = info.fordblks;
#else
    *inUse = 0;
    *heldFree = 0;
#endif
}

#endif
