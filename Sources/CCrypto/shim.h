#ifndef NEWSWIRE_CCRYPTO_SHIM_H
#define NEWSWIRE_CCRYPTO_SHIM_H
// SHA-256 from the system libcrypto (already linked through libcurl-openssl).
#include <openssl/sha.h>
#include <openssl/evp.h>
#endif
