// A strict JSON parser for the one-pass read of a plan (json_load.cpp), feeding nlohmann's SAX
// interface (private to the library).
//
// Why not nlohmann's own sax_parse: its lexer reads a character at a time through an input
// adapter and copies every character into a token buffer kept for error messages; on a 61 MiB
// plan it alone took about 400 ms of a 1,100 ms load. Why not simdjson: its on-demand parser
// keeps an index of every structural character (4 bytes each, about 39 MiB for that plan) and
// copies every string into a buffer of its own, which lifts a loaded plan's peak memory above
// three times its file. This parser scans strings a run of plain bytes at a time and keeps
// nothing but the value at hand; it says nothing about what is wrong, for the careful read
// (nlohmann, with places) says it. The fuzz target fuzz_json holds the two to accepting the same
// texts with the same plan.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "arriving_text.hpp"

namespace handlingsplan::detail {

// Parses `text` as exactly one JSON document (RFC 8259, as strictly as nlohmann's parser: no
// comments or trailing commas, only space, tab, line feed and carriage return between tokens,
// strings of well-formed UTF-8 without raw control characters, surrogate escapes only in pairs),
// calling `handler` for each value as nlohmann::json::sax_parse does. False where the text is not
// such a document or a callback returned false.
//
// With `give_back`, the parser gives the pages of `text` it has read past back to the system as
// it goes (give_back_pages): only for a text its caller owns and will not read again, for it
// holds zeros there afterwards.
bool parse_json_events(std::string_view text, nlohmann::ordered_json::json_sax_t& handler,
                       bool give_back = false);

// The same for a text still arriving (a file being read): `arrived` is what is in so far, and
// at its end the parser waits for `rest` to bring more (ArrivingText::wait_beyond).
bool parse_json_events(std::string_view arrived, ArrivingText& rest,
                       nlohmann::ordered_json::json_sax_t& handler, bool give_back = false);

}  // namespace handlingsplan::detail
