// Writing and reading files as the library does (the Python writers and readers use them).
#include "binding.hpp"

#include "handlingsplan/files.hpp"

namespace handlingsplan::bindings {

void bind_files(py::module_& m) {
    // The bytes are copied out of the Python object before the GIL is released.
    m.def(
        "write_file",
        [](const std::filesystem::path& path, const py::bytes& contents) {
            std::string bytes = contents;
            py::gil_scoped_release release;
            write_file(path, bytes);
        },
        py::arg("path"), py::arg("contents"),
        "Replaces a file atomically (as save_plan): on failure the old file is left as it was; "
        "a directory, FIFO or device is refused with FileError.");
    m.def(
        "read_file",
        [](const std::filesystem::path& path, std::uintmax_t limit) {
            std::string bytes;
            {
                py::gil_scoped_release release;
                bytes = read_file(path, limit);
            }
            return py::bytes(bytes);
        },
        py::arg("path"), py::arg("limit"),
        "The bytes of a regular file of at most `limit` bytes; FileError for anything else.");
}

}  // namespace handlingsplan::bindings
