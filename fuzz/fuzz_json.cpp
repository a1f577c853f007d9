// libFuzzer target: the JSON loader (plan_from_json) on arbitrary bytes. See properties.hpp for
// what is checked; a PropertyFailure or any other exception escaping here is a finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "properties.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    handlingsplan::fuzz::check_json(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
