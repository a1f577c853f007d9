#include "handlingsplan/case_number.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <tuple>

#include "handlingsplan/errors.hpp"
#include "scan.hpp"
#include "text.hpp"
#include "utf8.hpp"

namespace handlingsplan {
namespace {

using detail::Cursor;

constexpr detail::Names<CaseNumberKind, 12> kind_names{{
    {CaseNumberKind::department, "diarienummer"},
    {CaseNumberKind::committee, "kommittébeteckning"},
    {CaseNumberKind::directive, "kommittédirektiv"},
    {CaseNumberKind::sou, "SOU"},
    {CaseNumberKind::ds, "Ds"},
    {CaseNumberKind::bill, "proposition"},
    {CaseNumberKind::communication, "skrivelse"},
    {CaseNumberKind::statute, "SFS"},
    {CaseNumberKind::eu_act, "EU-rättsakt"},
    {CaseNumberKind::eu_document, "EU-dokument"},
    {CaseNumberKind::council_document, "rådsdokument"},
    {CaseNumberKind::treaty, "konvention"},
}};

// The forms, for the error message of parse.
constexpr std::string_view case_number_examples =
    "\"Ju2018/03737/SSK\", \"Ju 2017:H\", \"dir. 2019:50\", \"SOU 2018:82\", \"Ds 2020:1\", "
    "\"prop. 2019/20:64\", \"skr. 2016/17:213\", \"lag (2018:585)\", \"SFS 2018:585\", "
    "\"(EU) 2019/881\", \"2001/413/RIF\", \"JOIN(2017) 450 final\", \"dok. 14517/19\"";
constexpr std::string_view expected_forms =
    "a case number such as \"Ju2018/03737/SSK\", \"Ju 2017:H\", \"dir. 2019:50\", \"SOU 2018:82\", "
    "\"Ds 2020:1\", \"prop. 2019/20:64\", \"skr. 2016/17:213\", \"lag (2018:585)\", \"SFS "
    "2018:585\", "
    "\"(EU) 2019/881\", \"2001/413/RIF\", \"JOIN(2017) 450 final\", \"dok. 14517/19\" or \"ETS "
    "185\"";

constexpr int first_year = 1800, last_year = 2200;

// A year of four digits within [first_year, last_year].
std::optional<int> year4(Cursor& c) {
    Cursor probe = c;
    const auto d = probe.digits(4, 4);
    if (!d) return std::nullopt;
    const int year = detail::to_int(*d);
    if (year < first_year || year > last_year) return std::nullopt;
    c = probe;
    return year;
}

std::optional<int> number(Cursor& c, std::size_t max_digits = 6) {
    Cursor probe = c;
    const auto d = probe.digits(1, max_digits);
    if (!d) return std::nullopt;
    c = probe;
    return detail::to_int(*d);
}

// The candidate forms. Each takes a cursor at the start of a word, returns the value and
// advances the cursor past it, or returns nullopt; on failure `furthest` keeps the farthest
// place any form reached, for the error message.
struct Matcher {
    std::size_t furthest = 0;
    bool strict = false;  // parse: an unknown department code is an error, not a non-match
    std::string_view text;

    template <class T>
    std::optional<T> fail(const Cursor& c) {
        furthest = std::max(furthest, c.at());
        return std::nullopt;
    }

    using Result = std::optional<std::tuple<CaseNumberKind, std::string, int, int, std::string>>;

    // The department code at the cursor ("Ju", "Fö", "LI", "ju", "FÖ"): one or two letters before
    // a digit or a space, matched against the codes ignoring case (Å, Ä, Ö included). Returns the
    // code as declared and whether it was written in exactly that case.
    std::optional<std::pair<std::string_view, bool>> department_code(Cursor& c) {
        const std::string_view r = c.rest();
        std::size_t n = 0;
        for (int letters = 0; letters < 2; ++letters) {
            const auto length = detail::letter_length(r.substr(n));
            if (length == 0) break;
            n += length;
        }
        if (n == 0 || detail::letter_length(r.substr(n)) > 0) return std::nullopt;
        const std::string_view written = r.substr(0, n);
        for (const auto code : department_codes()) {
            if (detail::fold_case(code) == detail::fold_case(written)) {
                c.literal(written);
                return std::pair{code, code == written};
            }
        }
        // In parse, a code that is followed by a year and a slash is an unknown department's:
        // say so, with a "did you mean".
        Cursor after(r, n);
        after.optional_spaces();
        if (strict && after.digits(4, 4) && after.literal("/")) unknown_department(written);
        return std::nullopt;
    }

    // "Ju2018/03737/SSK", "Fö2025/01712" (since 2021 printed without the unit), "Fö2017/00535/
    // SUND" (a stray space), "Ju 2019/03058/SSK", "ju2019/03058/ssk"; also "Ju 2017:H" (a
    // committee). In running text a code in another case than declared counts only when the
    // year follows it at once, so that "i 2019/2020" stays prose.
    Result department(Cursor c) {
        const auto code = department_code(c);
        if (!code) return fail<Result::value_type>(c);
        Cursor committee = c;
        const bool spaced = c.spaces();
        if (spaced && !code->second && !strict) return fail<Result::value_type>(c);
        if (const auto year = year4(c)) {
            if (c.literal(":") && spaced) return committee_designation(*code, committee);
            if (!c.literal("/")) return fail<Result::value_type>(c);
            c.optional_spaces();
            // Spaced ("Ju 2019/03058/SSK"), the serial has its five digits, so that "I 2019/2020"
            // in running text stays prose.
            const auto serial = spaced ? c.digits(5, 5) : c.digits(3, 6);
            if (!serial) return fail<Result::value_type>(c);
            std::string unit;
            Cursor with_unit = c;
            if (with_unit.literal("/")) {
                with_unit.optional_spaces();
                const auto letters = unit_letters(with_unit);
                if (!letters || !with_unit.at_word_end()) return fail<Result::value_type>(c);
                unit = *letters;
                c = with_unit;
            } else if (!c.at_word_end()) {
                return fail<Result::value_type>(c);
            }
            end = c.at();
            return std::tuple{CaseNumberKind::department, std::string(code->first), *year,
                              detail::to_int(*serial), std::move(unit)};
        }
        return fail<Result::value_type>(c);
    }

    // A unit: up to 8 letters, all capitals ("SSK", "PO"), a capital and small letters ("Ee"),
    // or all small letters ("ssk"), taken as the capitals they stand for.
    static std::optional<std::string> unit_letters(Cursor& c) {
        const std::string_view r = c.rest();
        std::size_t n = 0, capitals = 0, letters = 0;
        for (; letters < 8; ++letters) {
            const auto length = detail::letter_length(r.substr(n));
            if (length == 0) break;
            if (detail::capital_length(r.substr(n)) > 0) ++capitals;
            n += length;
        }
        const bool first_capital = letters > 0 && detail::capital_length(r) > 0;
        if (letters == 0 ||
            !(capitals == letters || capitals == 0 || (capitals == 1 && first_capital))) {
            return std::nullopt;
        }
        std::string unit(r.substr(0, n));
        c.literal(r.substr(0, n));
        return capitals == 0 ? detail::upper_case(unit) : unit;
    }

    // "Ju 2017:H", "Fö 2019:02": after the code, the spaces, the year (the cursor is at ":").
    Result committee_designation(std::pair<std::string_view, bool> code, Cursor committee) {
        committee.spaces();
        const auto year = year4(committee);
        if (!year || !committee.literal(":") || !code.second)
            return fail<Result::value_type>(committee);
        std::string designation;
        if (const auto letters = committee.capitals(2)) {
            designation = *letters;
        } else if (const auto digits = committee.digits(1, 3)) {
            designation = *digits;
        } else {
            return fail<Result::value_type>(committee);
        }
        if (!committee.at_word_end()) return fail<Result::value_type>(committee);
        end = committee.at();
        return std::tuple{CaseNumberKind::committee, std::string(code.first), *year, 0,
                          designation};
    }

    // In parse, a department code that is none of department_codes() (ignoring case) is a
    // ParseError with a suggestion: the codes that differ only in case or in the marks on Å, Ä,
    // Ö ("Fo" -> "Fö"), else those beginning with the same letter ("Jv" -> "Jo", "Ju").
    [[noreturn]] void unknown_department(std::string_view code) {
        std::string near, near_sv;
        for (const bool plain : {true, false}) {
            for (const auto candidate : department_codes()) {
                const bool close = plain ? detail::fold_marks(candidate) == detail::fold_marks(code)
                                         : detail::fold_case(candidate.substr(0, 1)) ==
                                               detail::fold_case(code.substr(0, 1));
                if (close) {
                    const std::string quoted = "\"" + std::string(candidate) + "\"";
                    near += (near.empty() ? "" : " or ") + quoted;
                    near_sv += (near_sv.empty() ? "" : " eller ") + quoted;
                }
            }
            if (!near.empty()) break;
        }
        const std::string found = "\"" + std::string(code) + "\"";
        throw ParseError(
            "case number", std::string(text),
            ExpectedText{"a known department code (" + all_codes() + "), not " + found +
                             (near.empty() ? "" : "; did you mean " + near + "?"),
                         "en känd departementsbeteckning (" + all_codes() + "), inte " + found +
                             (near.empty() ? "" : "; menade du " + near_sv + "?")});
    }

    static std::string all_codes() {
        std::string out;
        for (const auto code : department_codes())
            out += (out.empty() ? "" : ", ") + std::string(code);
        return out;
    }

    // "dir. 2019:50", "SOU 2018:82", "Ds 2020:1", "SFS 2018:585": a series word, year:number.
    Result year_number(Cursor c) {
        struct Series {
            std::string_view word;
            CaseNumberKind kind;
        };
        static constexpr std::array<Series, 8> series{{
            {"dir.", CaseNumberKind::directive},
            {"dir", CaseNumberKind::directive},
            {"Dir.", CaseNumberKind::directive},
            {"Dir", CaseNumberKind::directive},
            {"SOU", CaseNumberKind::sou},
            {"Ds", CaseNumberKind::ds},
            {"SFS nr", CaseNumberKind::statute},
            {"SFS", CaseNumberKind::statute},
        }};
        for (const auto& s : series) {
            Cursor probe = c;
            if (!probe.literal(s.word) || !probe.spaces()) continue;
            const auto year = year4(probe);
            if (!year || !probe.literal(":")) return fail<Result::value_type>(probe);
            const auto n = number(probe);
            if (!n || !probe.at_word_end()) return fail<Result::value_type>(probe);
            end = probe.at();
            return std::tuple{s.kind, std::string(), *year, *n, std::string()};
        }
        return fail<Result::value_type>(c);
    }

    // "prop. 2019/20:64", "proposition 2019/20:15", "skr. 2016/17:213".
    Result session(Cursor c) {
        struct Series {
            std::string_view word;
            CaseNumberKind kind;
        };
        static constexpr std::array<Series, 4> series{{
            {"prop.", CaseNumberKind::bill},
            {"proposition", CaseNumberKind::bill},
            {"skr.", CaseNumberKind::communication},
            {"skrivelse", CaseNumberKind::communication},
        }};
        for (const auto& s : series) {
            Cursor probe = c;
            if (!probe.word_any_case(s.word) || !probe.spaces()) continue;
            const auto year = year4(probe);
            if (!year || !probe.literal("/")) return fail<Result::value_type>(probe);
            const auto next = probe.digits(2, 2);
            if (!next) return fail<Result::value_type>(probe);
            if (detail::to_int(*next) != (*year + 1) % 100) {
                if (strict) {
                    const std::string right =
                        "\"" + std::to_string(*year) + "/" + two_digits((*year + 1) % 100) + "\"";
                    const std::string wrong =
                        "\"" + std::to_string(*year) + "/" + std::string(*next) + "\"";
                    throw ParseError("case number", std::string(text),
                                     ExpectedText{"a riksmöte of two following years, such as " +
                                                      right + ", not " + wrong,
                                                  "ett riksmöte av två år i följd, som " + right +
                                                      ", inte " + wrong});
                }
                return fail<Result::value_type>(probe);
            }
            if (!probe.literal(":")) return fail<Result::value_type>(probe);
            const auto n = number(probe);
            if (!n || !probe.at_word_end()) return fail<Result::value_type>(probe);
            end = probe.at();
            return std::tuple{s.kind, std::string(), *year, *n, std::string()};
        }
        return fail<Result::value_type>(c);
    }

    static std::string two_digits(int n) {
        std::array<char, 4> buffer{};
        std::snprintf(buffer.data(), buffer.size(), "%02d", n % 100);
        return buffer.data();
    }

    // A word before a parenthesised reference: "lag", "säkerhetsskyddslag", "förordning (EU)".
    // The word must be followed by spaces and `next` ('(' or, for '0', a digit).
    static void skip_word_ending(Cursor& c, std::initializer_list<std::string_view> endings,
                                 char next = '(') {
        Cursor probe = c;
        const std::string_view r = probe.rest();
        std::size_t n = 0;
        while (const auto length = detail::letter_length(r.substr(n))) n += length;
        if (n == 0) return;
        const std::string_view word = r.substr(0, n);
        bool fits = false;
        for (const auto ending : endings) {
            if (word.size() < ending.size()) continue;
            const std::string_view tail = word.substr(word.size() - ending.size());
            // The word itself may be capitalised at a sentence start: "Lag (2018:1174)".
            fits = fits || tail == ending ||
                   (tail.size() == word.size() && tail.substr(1) == ending.substr(1) &&
                    (tail[0] | 0x20) == ending[0]);
        }
        if (!fits) return;
        probe.literal(word);
        if (!probe.spaces() || probe.done()) return;
        const char first = probe.rest()[0];
        if (next == '0' ? (first < '0' || first > '9') : first != next) return;
        c = probe;
    }

    // "(2018:1174)", "lag (2018:585)", "lagen (2018:218)", "förordning (2018:1175)".
    Result statute(Cursor c) {
        skip_word_ending(c,
                         {"lag", "lagen", "lagens", "förordning", "förordningen", "förordningens"});
        if (!c.literal("(")) return fail<Result::value_type>(c);
        const auto year = year4(c);
        if (!year || !c.literal(":")) return fail<Result::value_type>(c);
        const auto n = number(c);
        if (!n || !c.literal(")")) return fail<Result::value_type>(c);
        end = c.at();
        return std::tuple{CaseNumberKind::statute, std::string(), *year, *n, std::string()};
    }

    // "(EU) 2019/881", "(EU) nr 526/2013", "direktiv (EU) 2019/713"; "2001/413/RIF".
    Result eu_act(Cursor c) {
        Cursor plain = c;
        skip_word_ending(c, {"förordning", "förordningen", "förordningens", "direktiv",
                             "direktivet", "direktivets", "beslut", "beslutet"});
        skip_word_ending(
            plain, {"direktiv", "direktivet", "direktivets", "beslut", "beslutet", "beslutets"},
            '0');
        for (const std::string_view series : {"(EU)", "(EG)", "(EEG)"}) {
            Cursor probe = c;
            if (!probe.literal(series) || !probe.spaces()) continue;
            if (probe.literal("nr") && probe.spaces()) {
                const auto n = number(probe);
                if (!n || !probe.literal("/")) return fail<Result::value_type>(probe);
                const auto year = year4(probe);
                if (!year || !probe.at_word_end()) return fail<Result::value_type>(probe);
                end = probe.at();
                return std::tuple{CaseNumberKind::eu_act, std::string(series), *year, *n,
                                  std::string("nr")};
            }
            const auto year = year4(probe);
            if (!year || !probe.literal("/")) return fail<Result::value_type>(probe);
            const auto n = number(probe);
            if (!n || !probe.at_word_end()) return fail<Result::value_type>(probe);
            end = probe.at();
            return std::tuple{CaseNumberKind::eu_act, std::string(series), *year, *n,
                              std::string()};
        }
        // "2001/413/RIF", "2013/40/EU".
        const auto year = year4(plain);
        if (!year || !plain.literal("/")) return fail<Result::value_type>(plain);
        const auto n = number(plain, 5);
        if (!n || !plain.literal("/")) return fail<Result::value_type>(plain);
        for (const std::string_view series : {"RIF", "EU", "EG", "EEG", "GUSP"}) {
            Cursor probe = plain;
            if (probe.literal(series) && probe.at_word_end()) {
                end = probe.at();
                return std::tuple{CaseNumberKind::eu_act, std::string(series), *year, *n,
                                  std::string()};
            }
        }
        return fail<Result::value_type>(plain);
    }

    // "JOIN(2017)450 final", "KOM (2018) 630 slutlig", "COM(2018) 630".
    Result eu_document(Cursor c) {
        for (const std::string_view series : {"JOIN", "COM", "KOM", "SWD"}) {
            Cursor probe = c;
            if (!probe.literal(series)) continue;
            probe.optional_spaces();
            if (!probe.literal("(")) return fail<Result::value_type>(probe);
            const auto year = year4(probe);
            if (!year || !probe.literal(")")) return fail<Result::value_type>(probe);
            probe.optional_spaces();
            const auto n = number(probe, 5);
            if (!n || !probe.at_word_end()) return fail<Result::value_type>(probe);
            Cursor tail = probe;
            if (tail.spaces() && (tail.literal("final") || tail.literal("slutlig")) &&
                tail.at_word_end()) {
                probe = tail;
            }
            end = probe.at();
            return std::tuple{CaseNumberKind::eu_document,
                              std::string(series == "KOM" ? "COM" : series), *year, *n,
                              std::string()};
        }
        return fail<Result::value_type>(c);
    }

    // "dok. 14517/19", "dok. 14517/19 TELECOM 372".
    Result council_document(Cursor c) {
        if (!c.word_any_case("dok.") || !c.spaces()) return fail<Result::value_type>(c);
        const auto n = number(c, 6);
        if (!n || !c.literal("/")) return fail<Result::value_type>(c);
        const auto yy = c.digits(2, 2);
        if (!yy || !c.at_word_end()) return fail<Result::value_type>(c);
        // The subject code that follows ("TELECOM 372", "Cyber 139") belongs to the citation.
        Cursor subject = c;
        if (subject.spaces()) {
            for (const bool capitals : {true, false}) {
                Cursor tail = subject;
                const bool word =
                    capitals ? tail.capitals(12).has_value() : tail.capitalised(12).has_value();
                if (word && tail.at_word_end() && tail.spaces() && tail.digits(1, 5) &&
                    tail.at_word_end()) {
                    c = tail;
                    break;
                }
            }
        }
        end = c.at();
        return std::tuple{CaseNumberKind::council_document, std::string(),
                          2000 + detail::to_int(*yy), *n, std::string()};
    }

    // "ETS 185", "ETS nr 185".
    Result treaty(Cursor c) {
        if (!c.literal("ETS") || !c.spaces()) return fail<Result::value_type>(c);
        if (c.literal("nr")) c.spaces();
        const auto n = number(c, 4);
        if (!n || !c.at_word_end()) return fail<Result::value_type>(c);
        end = c.at();
        return std::tuple{CaseNumberKind::treaty, std::string("ETS"), 0, *n, std::string()};
    }

    std::size_t end = 0;

    Result any(std::size_t at) {
        const Cursor c(text, at);
        for (auto form : {&Matcher::year_number, &Matcher::session, &Matcher::statute,
                          &Matcher::eu_act, &Matcher::eu_document, &Matcher::council_document,
                          &Matcher::treaty, &Matcher::department}) {
            if (auto result = (this->*form)(c)) return result;
        }
        return std::nullopt;
    }
};

}  // namespace

std::string_view case_number_kind_text(CaseNumberKind kind) noexcept {
    return detail::name_of(kind_names, kind);
}

CaseNumberKind parse_case_number_kind(std::string_view text) {
    if (const auto kind = detail::value_of(kind_names, text)) return *kind;
    throw ParseError("kind of case number", std::string(text), detail::expected_names(kind_names));
}

const std::vector<std::string_view>& department_codes() noexcept {
    // 2017–2026: Arbetsmarknads-, Finans-, Försvars-, Infrastruktur-, Justitie-, Klimat- och
    // närings-, Kultur-, Landsbygds- och infrastruktur-, Landsbygds- (Jo, N I), Miljö-, Närings-,
    // Social-, Statsrådsberedningen, Utbildnings-, Utrikesdepartementet.
    static const std::vector<std::string_view> codes{"A",  "Fi", "Fö", "I", "Jo", "Ju", "KN", "Ku",
                                                     "LI", "M",  "N",  "S", "SB", "U",  "UD"};
    return codes;
}

CaseNumber::CaseNumber(CaseNumberKind kind, std::string series, int year, int number,
                       std::string unit, std::string_view printed)
    : kind_(kind),
      series_(std::move(series)),
      year_(year),
      number_(number),
      unit_(std::move(unit)),
      printed_(printed) {
    if (printed_.empty()) printed_ = to_string();
}

bool CaseNumber::operator==(const CaseNumber& other) const noexcept {
    return kind_ == other.kind_ && year_ == other.year_ && number_ == other.number_ &&
           series_ == other.series_ && unit_ == other.unit_;
}

bool CaseNumber::same_case(const CaseNumber& other) const noexcept {
    if (*this == other) return true;
    return kind_ == CaseNumberKind::department && other.kind_ == kind_ &&
           (unit_.empty() || other.unit_.empty()) && year_ == other.year_ &&
           number_ == other.number_ && series_ == other.series_;
}

std::optional<std::pair<CaseNumber, std::size_t>> CaseNumber::match(std::string_view text,
                                                                    std::size_t at) {
    if (at >= text.size() || !detail::at_word_start(text, at)) return std::nullopt;
    Matcher m{.text = text};
    auto found = m.any(at);
    if (!found) return std::nullopt;
    auto& [kind, series, year, number, unit] = *found;
    return std::pair{CaseNumber(kind, std::move(series), year, number, std::move(unit),
                                text.substr(at, m.end - at)),
                     m.end - at};
}

CaseNumber CaseNumber::parse(std::string_view input) {
    const std::string_view text = detail::trim(input);
    Matcher m{.strict = true, .text = text};
    auto found = text.empty() ? std::nullopt : m.any(0);
    if (found && m.end == text.size()) {
        auto& [kind, series, year, number, unit] = *found;
        return CaseNumber(kind, std::move(series), year, number, std::move(unit), text);
    }
    const std::size_t stop = found ? m.end : m.furthest;
    const std::string at = std::to_string(detail::character_count(text.substr(0, stop)) + 1);
    throw ParseError(
        "case number", std::string(input),
        ExpectedText{
            std::string(expected_forms) + " (the text stops matching at character " + at + ")",
            "ett diarienummer som " + std::string(case_number_examples) +
                " eller \"ETS 185\" (texten slutar stämma vid tecken " + at + ")"});
}

std::string CaseNumber::to_string() const {
    const auto n = std::to_string(number_);
    const auto y = std::to_string(year_);
    switch (kind_) {
    case CaseNumberKind::department: {
        std::array<char, 16> serial{};
        std::snprintf(serial.data(), serial.size(), "%05d", number_);
        return series_ + y + "/" + serial.data() + (unit_.empty() ? "" : "/" + unit_);
    }
    case CaseNumberKind::committee: return series_ + " " + y + ":" + unit_;
    case CaseNumberKind::directive: return "dir. " + y + ":" + n;
    case CaseNumberKind::sou: return "SOU " + y + ":" + n;
    case CaseNumberKind::ds: return "Ds " + y + ":" + n;
    case CaseNumberKind::bill:
    case CaseNumberKind::communication: {
        std::array<char, 4> next{};
        std::snprintf(next.data(), next.size(), "%02d", (year_ + 1) % 100);
        return (kind_ == CaseNumberKind::bill ? "prop. " : "skr. ") + y + "/" + next.data() + ":" +
               n;
    }
    case CaseNumberKind::statute: return "SFS " + y + ":" + n;
    case CaseNumberKind::eu_act:
        if (series_.starts_with("(")) {
            return unit_ == "nr" ? series_ + " nr " + n + "/" + y : series_ + " " + y + "/" + n;
        }
        return y + "/" + n + "/" + series_;
    case CaseNumberKind::eu_document: return series_ + "(" + y + ") " + n + " final";
    case CaseNumberKind::council_document: {
        std::array<char, 4> yy{};
        std::snprintf(yy.data(), yy.size(), "%02d", year_ % 100);
        return "dok. " + n + "/" + yy.data();
    }
    case CaseNumberKind::treaty: return "ETS " + n;
    }
    return {};
}

std::strong_ordering CaseNumber::operator<=>(const CaseNumber& other) const noexcept {
    return std::tie(kind_, year_, series_, number_, unit_) <=>
           std::tie(other.kind_, other.year_, other.series_, other.number_, other.unit_);
}

std::vector<CaseNumberCitation> find_case_numbers(std::string_view text) {
    std::vector<CaseNumberCitation> out;
    for (std::size_t at = 0; at < text.size();) {
        if (auto found = CaseNumber::match(text, at)) {
            out.push_back({std::move(found->first), at, found->second});
            at += found->second;
        } else {
            ++at;
        }
    }
    return out;
}

}  // namespace handlingsplan

std::size_t std::hash<handlingsplan::CaseNumber>::operator()(
    const handlingsplan::CaseNumber& number) const noexcept {
    return std::hash<std::string>{}(number.to_string());
}
