// UTF-8 helpers shared by the reader of JSON, the model's text rules and the error messages
// (private to the library).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace handlingsplan::detail {

// Length of the well-formed UTF-8 sequence (RFC 3629) at the start of non-empty `text`; 0 if the
// first byte does not start one (an overlong form, a surrogate, a stray continuation byte ...).
std::size_t utf8_sequence_length(std::string_view text) noexcept;

// Whether `text` is well-formed UTF-8 throughout.
bool is_valid_utf8(std::string_view text) noexcept;

// Byte offset of the first byte that does not start a well-formed sequence; npos if none.
std::size_t first_invalid_utf8(std::string_view text) noexcept;

// The number of characters (code points) of UTF-8 `text`: its bytes that start one.
std::size_t character_count(std::string_view text) noexcept;

// `text` made fit for a message shown to people (and handed to Python as str): a byte that is
// not UTF-8 becomes U+FFFD, a control character its escape ("\0", "\n", "\x1b"), and the text
// is cut after `limit` characters, since a message may quote a token megabytes long.
std::string readable(std::string_view text, std::size_t limit = 200);

}  // namespace handlingsplan::detail
