#pragma once

// A property a fuzz target checks beyond "does not crash": a failure aborts, which libFuzzer
// records as a crash (with the input saved) and which fails a replay test.

#include <cstdio>
#include <cstdlib>

#define POSTACI_FUZZ_CHECK(condition)                                                                    \
    do {                                                                                                 \
        if (!(condition)) {                                                                              \
            std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, #condition);      \
            std::abort();                                                                                \
        }                                                                                                \
    } while (false)
