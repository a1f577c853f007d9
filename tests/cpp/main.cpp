// Catch2's main(), compiled once for all the test files.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
