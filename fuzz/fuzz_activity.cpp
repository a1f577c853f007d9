// libFuzzer target: case numbers, Swedish dates and the rule that reads a government activity's
// text, on arbitrary bytes. See activity_properties.hpp for what is checked.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "activity_properties.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    handlingsplan::fuzz::check_activity_text(
        std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
