#include <catch2/catch.hpp>

#include <unordered_set>

#include "handlingsplan/case_number.hpp"
#include "handlingsplan/errors.hpp"

using handlingsplan::CaseNumber;
using handlingsplan::CaseNumberKind;

namespace {
std::string canonical(const char* text) { return CaseNumber::parse(text).to_string(); }
}  // namespace

TEST_CASE("every form of case number in the sources parses to its canonical form",
          "[case_number]") {
    // Seed 003 (regeringens aktiviteter) and seed 002 (redovisning 2021).
    const std::vector<std::pair<const char*, const char*>> forms{
        {"Ju2018/03737/SSK", "Ju2018/03737/SSK"},
        {"N2020/00515/BSÄ", "N2020/00515/BSÄ"},
        {"S2020/00577/SOF", "S2020/00577/SOF"},
        {"S2020/00440/FS", "S2020/00440/FS"},
        {"I2019/03306/DF", "I2019/03306/DF"},
        {"Fi2017/03257/DF", "Fi2017/03257/DF"},
        {"I2019/01414/D", "I2019/01414/D"},
        {"Fö2019/01000/SUND", "Fö2019/01000/SUND"},
        {"Fö2017/00535/ SUND", "Fö2017/00535/SUND"},
        {"Ju2020/00378/PO", "Ju2020/00378/PO"},
        {"I2020/01811/D", "I2020/01811/D"},
        {"Ju 2017:H", "Ju 2017:H"},
        {"dir. 2019:50", "dir. 2019:50"},
        {"dir 2017:99", "dir. 2017:99"},
        {"SOU 2018:82", "SOU 2018:82"},
        {"SOU 2017:100", "SOU 2017:100"},
        {"SOU 2015:23", "SOU 2015:23"},
        {"Ds 2020:1", "Ds 2020:1"},
        {"prop. 2018/19:127", "prop. 2018/19:127"},
        {"proposition 2019/20:15", "prop. 2019/20:15"},
        {"skr. 2016/17:213", "skr. 2016/17:213"},
        {"lag (2018:585)", "SFS 2018:585"},
        {"säkerhetsskyddslag (2018:585)", "SFS 2018:585"},
        {"Lag (2018:1174)", "SFS 2018:1174"},
        {"(2018:1174)", "SFS 2018:1174"},
        {"förordning (2018:1175)", "SFS 2018:1175"},
        {"lagen (2018:218)", "SFS 2018:218"},
        {"skyddslagens (2010:305)", "SFS 2010:305"},
        {"SFS 2018:585", "SFS 2018:585"},
        {"(EU) 2019/881", "(EU) 2019/881"},
        {"förordning (EU) nr 526/2013", "(EU) nr 526/2013"},
        {"direktiv (EU) 2019/713", "(EU) 2019/713"},
        {"rambeslut 2001/413/RIF", "2001/413/RIF"},
        {"2001/413/RIF", "2001/413/RIF"},
        {"JOIN(2017)450 final", "JOIN(2017) 450 final"},
        {"KOM (2018) 630 slutlig", "COM(2018) 630 final"},
        {"dok. 14517/19", "dok. 14517/19"},
        {"dok. 14517/19 TELECOM 372", "dok. 14517/19"},
        {"dok. 10086/18 Cyber 139", "dok. 10086/18"},
        {"ETS 185", "ETS 185"},
    };
    for (const auto& [text, expected] : forms) {
        INFO(text);
        CHECK(canonical(text) == expected);
        // The canonical form reads back as the same value.
        CHECK(CaseNumber::parse(expected) == CaseNumber::parse(text));
    }
}

TEST_CASE("case numbers carry their parts", "[case_number]") {
    const auto n = CaseNumber::parse("Fö2017/00535/ SUND");
    CHECK(n.kind() == CaseNumberKind::department);
    CHECK(n.series() == "Fö");
    CHECK(n.year() == 2017);
    CHECK(n.number() == 535);
    CHECK(n.unit() == "SUND");
    CHECK(CaseNumber::parse("prop. 2019/20:64").year() == 2019);
    CHECK(CaseNumber::parse("dok. 7737/19").year() == 2019);
    CHECK(CaseNumber::parse("Ju 2017:H").kind() == CaseNumberKind::committee);
    CHECK(CaseNumber::parse("(2003:389)").kind() == CaseNumberKind::statute);
}

TEST_CASE("case numbers compare and hash by value", "[case_number]") {
    CHECK(CaseNumber::parse("Fö2017/00535/ SUND") == CaseNumber::parse("Fö2017/00535/SUND"));
    CHECK(CaseNumber::parse("Ju2019/03057/SSK") < CaseNumber::parse("Ju2019/03058/SSK"));
    CHECK(CaseNumber::parse("Ju2018/03737/SSK") < CaseNumber::parse("Ju2019/02421/SSK"));
    CHECK(CaseNumber::parse("dir. 2019:50") != CaseNumber::parse("SOU 2019:50"));
    CHECK(CaseNumber::parse("SFS 2018:585") == CaseNumber::parse("lag (2018:585)"));
    std::unordered_set<CaseNumber> set{CaseNumber::parse("dir 2017:99"),
                                       CaseNumber::parse("dir. 2017:99"),
                                       CaseNumber::parse("Ds 2020:1")};
    CHECK(set.size() == 2);
}

TEST_CASE("unknown forms are parse errors that say where", "[case_number]") {
    for (const char* text : {"", "Ju2018", "Ju2018/03737/", "Xy2018/03737/SSK", "dir. 2019",
                             "SOU 18:82", "prop. 2019/21:64", "JOIN 2017 450", "dok. 14517",
                             "hello", "Ju2018/03737/SSK extra", "(2018:585", "ETS"}) {
        INFO(text);
        CHECK_THROWS_AS(CaseNumber::parse(text), handlingsplan::ParseError);
    }
    CHECK_THROWS_WITH(CaseNumber::parse("Ju2018/03737/SSK extra"), Catch::Contains("character 17"));
    CHECK_THROWS_WITH(CaseNumber::parse("Jv2018/03737/SSK"),
                      Catch::Contains("did you mean \"Jo\" or \"Ju\""));
    CHECK_THROWS_WITH(CaseNumber::parse("prop. 2019/21:64"), Catch::Contains("2019/20"));
}

TEST_CASE("case numbers are found in running text", "[case_number]") {
    const std::string text =
        "Lag (2018:1174) och förordning (2018:1175) om informationssäkerhet trädde i kraft. "
        "Uppdrag (Ju2017/05787/SSK). Hemlig dataavläsning(prop. 2019/20:64). Den sk. "
        "cybersäkerhetsakten "
        "(EU) 2019/881, KOM (2018) 630 slutlig. Utredning (Ju 2017:H). (dok. 14517/19 TELECOM 372) "
        "Fö2017/00535/ SUND, och kompetenslyft under 2018-2020, 2018 års regleringsbrev.";
    std::vector<std::string> found;
    for (const auto& c : handlingsplan::find_case_numbers(text)) {
        found.push_back(c.number.to_string());
        CHECK(CaseNumber::parse(text.substr(c.offset, c.length)) == c.number);
    }
    CHECK(found == std::vector<std::string>{"SFS 2018:1174", "SFS 2018:1175", "Ju2017/05787/SSK",
                                            "prop. 2019/20:64", "(EU) 2019/881",
                                            "COM(2018) 630 final", "Ju 2017:H", "dok. 14517/19",
                                            "Fö2017/00535/SUND"});
    CHECK(handlingsplan::find_case_numbers("Ju2018/03737/SSKa, aJu2018/03737/SSK").empty());
}

TEST_CASE("diarienummer in the forms of 2021 and later and as people type them", "[case_number]") {
    const std::vector<std::pair<const char*, const char*>> forms{
        {"Fö2025/01712", "Fö2025/01712"},          {"S2025/00866", "S2025/00866"},
        {"LI2024/00473", "LI2024/00473"},          {"KN2023/01385", "KN2023/01385"},
        {"Ju 2019/03058/SSK", "Ju2019/03058/SSK"}, {"ju2019/03058/ssk", "Ju2019/03058/SSK"},
        {"JU2019/03058/SSK", "Ju2019/03058/SSK"},  {"fö2025/01712", "Fö2025/01712"},
        {"li 2024/00473", "LI2024/00473"},         {"M2018/01234/Ee", "M2018/01234/Ee"},
        {"A2019/1234/ARM", "A2019/01234/ARM"},
    };
    for (const auto& [text, expected] : forms) {
        INFO(text);
        const auto n = CaseNumber::parse(text);
        CHECK(n.to_string() == expected);
        CHECK(n.printed() == std::string(text));
        CHECK(CaseNumber::parse(expected) == n);
    }
    const auto plain = CaseNumber::parse("Fö2025/01712");
    CHECK(plain.unit().empty());
    CHECK(plain.kind() == CaseNumberKind::department);
    // A query without the unit finds the number with it, and the other way round; not another.
    CHECK(CaseNumber::parse("Ju2018/03737").same_case(CaseNumber::parse("Ju 2018/03737/SSK")));
    CHECK(CaseNumber::parse("Ju2018/03737/SSK").same_case(CaseNumber::parse("ju2018/03737")));
    CHECK_FALSE(
        CaseNumber::parse("Ju2018/03737/PO").same_case(CaseNumber::parse("Ju2018/03737/SSK")));
    CHECK_FALSE(CaseNumber::parse("Ju2018/03738").same_case(CaseNumber::parse("Ju2018/03737/SSK")));
    CHECK(CaseNumber::parse("Ju2018/03737") != CaseNumber::parse("Ju2018/03737/SSK"));
    // Near misses say what was meant.
    CHECK_THROWS_WITH(CaseNumber::parse("Fo2025/01712"), Catch::Contains("did you mean \"Fö\""));
    CHECK_THROWS_WITH(CaseNumber::parse("Jx 2019/03058/SSK"),
                      Catch::Contains("did you mean \"Jo\" or \"Ju\""));
    CHECK_THROWS_WITH(CaseNumber::parse("Lx2024/00473"), Catch::Contains("did you mean \"LI\""));
}

TEST_CASE("diarienummer without unit and typed forms are found in running text", "[case_number]") {
    const std::string text =
        "Diarienummer: KN2023/01385, KN2024/02551 och Fi2025/01205 (delvis). Se Ju 2019/03058/SSK "
        "och ju2019/03059/ssk. I 2019/2020 års budget; under i 2019/20201 men inte "
        "Ju2018/03737/SSKa.";
    std::vector<std::string> found;
    for (const auto& c : handlingsplan::find_case_numbers(text)) {
        found.push_back(c.number.to_string());
        CHECK(c.number.printed() == text.substr(c.offset, c.length));
    }
    CHECK(found == std::vector<std::string>{"KN2023/01385", "KN2024/02551", "Fi2025/01205",
                                            "Ju2019/03058/SSK", "Ju2019/03059/SSK"});
}

TEST_CASE("the kinds of case number have Swedish names", "[case_number]") {
    CHECK(handlingsplan::case_number_kind_text(CaseNumberKind::department) == "diarienummer");
    CHECK(handlingsplan::parse_case_number_kind("SOU") == CaseNumberKind::sou);
    CHECK_THROWS_AS(handlingsplan::parse_case_number_kind("dnr"), handlingsplan::ParseError);
}

namespace {
// The message of the ParseError that parse gives `text`.
std::string refusal(const char* text) {
    try {
        CaseNumber::parse(text);
    } catch (const handlingsplan::ParseError& e) {
        return e.what();
    }
    return "accepted";
}
}  // namespace

TEST_CASE("a case number's year lies within 1800 and 2200", "[case_number]") {
    CHECK(CaseNumber::parse("SOU 1800:1").year() == 1800);
    CHECK(CaseNumber::parse("SOU 2200:1").year() == 2200);
    CHECK_THROWS_AS(CaseNumber::parse("SOU 1799:1"), handlingsplan::ParseError);
    CHECK_THROWS_AS(CaseNumber::parse("SOU 2201:1"), handlingsplan::ParseError);
}

TEST_CASE("a department code has one or two letters", "[case_number]") {
    // Three letters are no code at all: no "did you mean", the text stops matching at once.
    CHECK_THAT(refusal("Jux2018/03737/SSK"), Catch::Contains("stops matching at character 1)"));
    CHECK_THAT(refusal("Jux2018/03737/SSK"), !Catch::Contains("department code"));
}

TEST_CASE("a department's unit: up to eight letters, capitals, small or one capital first",
          "[case_number]") {
    CHECK(CaseNumber::parse("Ju2018/03737/ABCDEFGH").unit() == "ABCDEFGH");
    CHECK_THROWS_AS(CaseNumber::parse("Ju2018/03737/ABCDEFGHI"), handlingsplan::ParseError);
    CHECK(CaseNumber::parse("Ju2018/03737/Ssk").unit() == "Ssk");
    CHECK_THROWS_AS(CaseNumber::parse("Ju2018/03737/sSk"), handlingsplan::ParseError);
    CHECK_THROWS_AS(CaseNumber::parse("Ju2018/03737/SsK"), handlingsplan::ParseError);
}

TEST_CASE("a case number cut short or running into a longer word is none", "[case_number]") {
    for (const char* text : {"SOU 2018:", "prop. 2019/20:", "(EU) nr 526/", "(EU) 2019/",
                             "2001/413/", "JOIN(2017)", "dok. 14517/", "ETS nr"}) {
        INFO(text);
        CHECK_THROWS_AS(CaseNumber::parse(text), handlingsplan::ParseError);
    }
    for (const char* text :
         {"SOU 2018:82x", "prop. 2019/20:64x", "(EU) nr 526/20131", "(EU) 2019/881x",
          "2001/413/RIFx", "JOIN(2017)450x", "dok. 14517/192", "ETS 185x"}) {
        INFO(text);
        CHECK(handlingsplan::find_case_numbers(text).empty());
    }
}

TEST_CASE("only a law's or a regulation's word before a reference belongs to it", "[case_number]") {
    // "hund" ends in no "lag" or "förordning"; "lag" needs a space before the parenthesis.
    CHECK_THROWS_AS(CaseNumber::parse("hund (2018:585)"), handlingsplan::ParseError);
    CHECK_THROWS_AS(CaseNumber::parse("lag(2018:585)"), handlingsplan::ParseError);
    const auto found = handlingsplan::find_case_numbers("hund (2018:585)");
    REQUIRE(found.size() == 1);
    CHECK(found[0].offset == 5);
    // "direktiv" is taken before a year only: the text stops matching where the year should be.
    CHECK_THAT(refusal("direktiv x"), Catch::Contains("stops matching at character 1)"));
    CHECK_THAT(refusal("direktiv 0"), Catch::Contains("stops matching at character 10)"));
    CHECK_THAT(refusal("direktiv 9"), Catch::Contains("stops matching at character 10)"));
}

TEST_CASE("equal case numbers of any kind are the same case", "[case_number]") {
    CHECK(CaseNumber::parse("SOU 2018:82").same_case(CaseNumber::parse("SOU 2018:82")));
    CHECK(CaseNumber::parse("dir. 2019:50").same_case(CaseNumber::parse("dir 2019:50")));
    CHECK_FALSE(CaseNumber::parse("SOU 2018:82").same_case(CaseNumber::parse("SOU 2018:83")));
}
