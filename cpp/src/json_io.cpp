// The public face of the plan file format: text and files. The two ways of reading a text are in
// json_load.cpp, the reading of JSON with places in json_reader.cpp, each type's reading and
// writing in json_format.cpp, the read of a regular file in regular_file.cpp and the atomic write
// in atomic_file.cpp.
#include "handlingsplan/json_io.hpp"

#include "activity_json.hpp"
#include "atomic_file.hpp"
#include "handlingsplan/errors.hpp"
#include "json_format.hpp"
#include "json_load.hpp"
#include "json_reader.hpp"
#include "regular_file.hpp"
#include "utf8.hpp"

namespace handlingsplan {

Plan plan_from_json(std::string_view text, const std::string& source) {
    // One pass reads a good file; on any problem the careful read says where (json_load.hpp).
    if (auto plan = detail::read_plan_in_one_pass(text, source)) return std::move(*plan);
    return detail::read_plan_carefully(text, source);
}

std::string plan_to_json(const Plan& plan) {
    try {
        detail::json document = detail::write_plan(plan);
        detail::write_activities(plan, document);  // "activities", only when the plan has some
        return document.dump(2, ' ', false, detail::json::error_handler_t::strict) + "\n";
    } catch (const detail::json::type_error& e) {
        // Text that is not valid UTF-8 cannot be written as JSON (the model refuses it anyway).
        throw InvalidValue(std::string("the plan holds text that cannot be written as JSON: ") +
                           e.what());
    }
}

Plan load_plan(const std::filesystem::path& path, std::optional<std::uintmax_t> max_bytes) {
    const std::string source = path.string();
    {
        // Parsed as it is read (a large file's read then takes no time of its own), and given
        // back as it is parsed, so that the text and the plan are never both whole in memory (a
        // plan takes about 1.7 times its file). The careful read, which needs all of the text,
        // reads the file again; so does a file that grew while it was read.
        detail::ArrivingFile text(path, max_bytes);
        auto plan = detail::read_plan_in_one_pass(text.arrived(), text, source, true);
        if (plan && text.whole()) return std::move(*plan);
    }
    return detail::read_plan_carefully(detail::read_file_bytes(path, max_bytes).view(), source);
}

void save_plan(const Plan& plan, const std::filesystem::path& path) {
    const std::string text = plan_to_json(plan);  // fails before any file is touched
    detail::write_atomically(path, text);
}

}  // namespace handlingsplan
