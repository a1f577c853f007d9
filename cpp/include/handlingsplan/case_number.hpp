// Case numbers (diarienummer) and the other references by which the government's documents cite
// one another: committee directives, SOU, Ds, bills, communications, laws and ordinances, EU acts
// and documents, Council of Europe treaties.
#pragma once

#include <compare>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "handlingsplan/export.hpp"

HANDLINGSPLAN_BEGIN_API
namespace handlingsplan {

enum class CaseNumberKind {
    department,     // a Government Offices diarienummer: "Ju2018/03737/SSK", "Fö2025/01712"
    committee,      // a committee's designation: "Ju 2017:H"
    directive,      // kommittédirektiv: "dir. 2019:50"
    sou,            // Statens offentliga utredningar: "SOU 2018:82"
    ds,             // Departementsserien: "Ds 2020:1"
    bill,           // proposition: "prop. 2019/20:64"
    communication,  // skrivelse: "skr. 2016/17:213"
    statute,        // a law or ordinance in SFS: "SFS 2018:585", printed "lag (2018:585)"
    eu_act,         // an EU regulation, directive or decision: "(EU) 2019/881", "2001/413/RIF"
    eu_document,    // a Commission or joint document: "JOIN(2017) 450 final", "COM(2018) 630 final"
    council_document,  // a document of the Council of the EU: "dok. 14517/19"
    treaty,            // a Council of Europe treaty: "ETS 185"
};

// "diarienummer", "kommittébeteckning", "kommittédirektiv", ... (Swedish, for documents).
std::string_view case_number_kind_text(CaseNumberKind kind) noexcept;
// The inverse; throws ParseError.
CaseNumberKind parse_case_number_kind(std::string_view text);

// The Government Offices' department codes of 2017–2026 that begin a diarienummer or committee
// designation: "A", "Fi", "Fö", "I", "Jo", "Ju", "KN", "Ku", "LI", "M", "N", "S", "SB", "U", "UD".
const std::vector<std::string_view>& department_codes() noexcept;

class CaseNumber {
public:
    // Parses one reference in any of its written forms, with surrounding blanks:
    //   department   "Ju2018/03737/SSK", "Fö2017/00535/ SUND" (a stray space), "Ju2020/00378/PO",
    //                "Fö2025/01712" (since 2021 printed without the unit), "Ju 2019/03058/SSK",
    //                "ju2019/03058/ssk" (as people type them: the code in any case, a unit in
    //                small letters taken as capitals; in running text, by find_case_numbers, a
    //                code in another case only when the year follows it at once)
    //   committee    "Ju 2017:H"
    //   directive    "dir. 2019:50", "dir 2017:99", "Dir. 2019:50"
    //   sou, ds      "SOU 2018:82", "Ds 2020:1"
    //   bill         "prop. 2019/20:64", "proposition 2019/20:15"
    //   communication "skr. 2016/17:213", "skrivelse 2016/17:213"
    //   statute      "SFS 2018:585", "(2018:1174)", "lag (2018:585)", "förordning (2018:1175)",
    //                "lagen (2018:218)", "säkerhetsskyddslag (2018:585)" (any word ending in
    //                "lag", "lagen", "lagens", "förordning", "förordningen", "förordningens")
    //   eu_act       "(EU) 2019/881", "(EU) nr 526/2013", "förordning (EU) 2019/881",
    //                "direktiv (EU) 2019/713", "2001/413/RIF"
    //   eu_document  "JOIN(2017)450 final", "KOM (2018) 630 slutlig", "COM(2018) 630"
    //   council_document "dok. 14517/19", "dok. 14517/19 TELECOM 372"
    //   treaty       "ETS 185", "ETS nr 185"
    // Throws ParseError saying what was expected and at which character the text stopped
    // matching; a bill or communication whose session years do not follow on ("2019/21") and an
    // unknown department code are ParseErrors too (with a "did you mean" where one is near: "Fo"
    // for "Fö", "Jv" for "Jo" or "Ju").
    static CaseNumber parse(std::string_view text);

    // The reference written at `at` in `text`, and how many bytes it takes; nullopt if none
    // starts there. The one rule used both by parse and by find_case_numbers.
    static std::optional<std::pair<CaseNumber, std::size_t>> match(std::string_view text,
                                                                   std::size_t at);

    CaseNumberKind kind() const noexcept { return kind_; }
    // The department or series code: "Ju", "JOIN", "COM", "EU", "RIF", "ETS"; empty if none.
    const std::string& series() const noexcept { return series_; }
    // The year (the first year of a riksmöte for bills and communications), 0 for a treaty.
    int year() const noexcept { return year_; }
    // The running number within the year or series.
    int number() const noexcept { return number_; }
    // A department's unit ("SSK") or a committee's letter ("H"); empty otherwise (also for a
    // diarienummer printed without its unit, "Fö2025/01712").
    const std::string& unit() const noexcept { return unit_; }
    // The text as it was written where it was read ("Ju 2019/03058/SSK"); the canonical form
    // for a number built otherwise. Not part of the value: two numbers written differently are
    // equal when their canonical forms are.
    const std::string& printed() const noexcept { return printed_; }
    // The same case: equal, or two diarienummer that differ only in that one of them is
    // printed without its unit ("Ju2018/03737" and "Ju2018/03737/SSK"). What a query matches.
    bool same_case(const CaseNumber& other) const noexcept;

    // The canonical form: "Ju2018/03737/SSK", "Ju 2017:H", "dir. 2019:50", "SOU 2018:82",
    // "Ds 2020:1", "prop. 2019/20:64", "skr. 2016/17:213", "SFS 2018:585", "(EU) 2019/881",
    // "(EU) nr 526/2013", "2001/413/RIF", "JOIN(2017) 450 final", "COM(2018) 630 final",
    // "dok. 14517/19", "ETS 185"; "Fö2025/01712" without a unit. parse(to_string()) gives the
    // same value.
    std::string to_string() const;

    // Ordered by kind, then year, series, number and unit.
    std::strong_ordering operator<=>(const CaseNumber& other) const noexcept;
    bool operator==(const CaseNumber& other) const noexcept;

private:
    CaseNumber(CaseNumberKind kind, std::string series, int year, int number, std::string unit,
               std::string_view printed = {});

    CaseNumberKind kind_;
    std::string series_;
    int year_;
    int number_;
    std::string unit_;
    std::string printed_;
};

// A reference found in running text: the value and where it is written (byte offset, length).
struct CaseNumberCitation {
    CaseNumber number;
    std::size_t offset;
    std::size_t length;
    bool operator==(const CaseNumberCitation&) const = default;
};

// Every reference in `text`, in the order written (a reference inside another, such as the
// "(2018:585)" of "lag (2018:585)", counts once).
std::vector<CaseNumberCitation> find_case_numbers(std::string_view text);

}  // namespace handlingsplan
HANDLINGSPLAN_END_API

template <>
struct std::hash<handlingsplan::CaseNumber> {
    std::size_t operator()(const handlingsplan::CaseNumber& number) const noexcept;
};
