// libFuzzer target: the text parsers (ids, periods, statuses, roles, agency phrases) on arbitrary
// bytes. See properties.hpp for what is checked; a PropertyFailure or any other exception
// escaping here is a finding.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "properties.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    handlingsplan::fuzz::check_text(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
