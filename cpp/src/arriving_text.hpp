// Text that is still arriving while it is read: a large file's bytes, read on a thread of their
// own while the parser reads those already in (private to the library).
#pragma once

namespace handlingsplan::detail {

class ArrivingText {
public:
    // The end of the text so far, once it reaches past `end` or is whole (then `end` itself,
    // where nothing more came). Bytes before the returned end stay as they are.
    virtual const char* wait_beyond(const char* end) = 0;

protected:
    ArrivingText() = default;
    ArrivingText(const ArrivingText&) = default;
    ArrivingText& operator=(const ArrivingText&) = default;
    ~ArrivingText() = default;
};

}  // namespace handlingsplan::detail
