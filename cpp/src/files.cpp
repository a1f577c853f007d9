// The public face of the atomic write (atomic_file.cpp) and the bounded read (regular_file.cpp).
#include "handlingsplan/files.hpp"

#include "atomic_file.hpp"
#include "regular_file.hpp"

namespace handlingsplan {

void write_file(const std::filesystem::path& path, std::string_view contents) {
    detail::write_atomically(path, contents);
}

std::string read_file(const std::filesystem::path& path, std::uintmax_t limit) {
    return detail::read_regular_file(path, limit);
}

}  // namespace handlingsplan
