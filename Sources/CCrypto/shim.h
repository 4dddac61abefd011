#ifndef NEWSWIRE_CCRYPTO_SHIM_H
#define NEWSWIRE_CCRYPTO_SHIM_H
// SHA-256 from the system libcrypto (already linked through libcurl-openssl).
// The one-shot SHA256() of OpenSSL 3 fetches the algorithm and allocates a context on every call
// (a few mallocs per article hash); SHA256_Init/Update/Final, deprecated there, work on the stack.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>
#include <openssl/evp.h>
#endif
