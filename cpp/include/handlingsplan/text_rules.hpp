// The model's rule for text that every field follows, for text the library writes from outside
// the model (a document's author, a property): well-formed UTF-8 with no character a document
// cannot hold (a control character other than tab and line feed, U+FFFE, U+FFFF).
#pragma once

#include <string>
#include <string_view>

#include "handlingsplan/export.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

// InvalidValue naming `what` and the character's place where `text` breaks the rule; its
// Swedish names `swedish_what` ("dokumentets författare") where given.
void check_text(std::string_view text, const std::string& what,
                const std::string& swedish_what = {});

}  // namespace handlingsplan
HANDLINGSPLAN_END_API
