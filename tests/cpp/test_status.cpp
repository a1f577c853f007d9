#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "handlingsplan/errors.hpp"
#include "handlingsplan/status.hpp"

using handlingsplan::content_aspect_text;
using handlingsplan::is_active;
using handlingsplan::schedule_aspect_text;
using handlingsplan::Status;
using handlingsplan::StatusKind;

TEST_CASE("the appendix's status texts parse and print back", "[status]") {
    for (const char* text : {"", "Ny åtgärd", "Uppdaterad, tidplan", "Uppdaterad, innehåll",
                             "Uppdaterad, tidplan och innehåll"}) {
        CHECK(Status::parse_appendix_text(text).appendix_text() == text);
    }
    const auto both = Status::parse_appendix_text("Uppdaterad,\ntidplan och\ninnehåll");
    CHECK(both.kind() == StatusKind::updated);
    CHECK(both.schedule_updated());
    CHECK(both.content_updated());
    CHECK(Status::parse_appendix_text("Uppdaterad, innehåll").schedule_updated() == false);
}

TEST_CASE("unknown status texts are rejected", "[status]") {
    for (const char* text : {"Ny", "Uppdaterad", "Uppdaterad, ", "Uppdaterad, budget", "Klar"}) {
        INFO(text);
        CHECK_THROWS_AS(Status::parse_appendix_text(text), handlingsplan::ParseError);
    }
}

TEST_CASE("status kinds and their invariants", "[status]") {
    CHECK(Status::ongoing().is_active());
    CHECK(Status::added().is_active());
    CHECK(Status::updated(true, false).is_active());
    CHECK_FALSE(Status::completed(2020).is_active());
    CHECK(Status::completed(2020).year() == 2020);
    const auto withdrawn = Status::withdrawn(2019, "Uppgår i en annan åtgärd.");
    CHECK_FALSE(withdrawn.is_active());
    CHECK(withdrawn.reason() == "Uppgår i en annan åtgärd.");
    CHECK(withdrawn.appendix_text().empty());
    CHECK_THROWS_AS(Status::updated(false, false), handlingsplan::InvalidValue);
    CHECK_THROWS_AS(Status::completed(0), handlingsplan::InvalidValue);
    CHECK_THROWS_AS(Status::withdrawn(99999, "x"), handlingsplan::InvalidValue);
    CHECK(Status::completed(2020) != Status::completed(2019));
}

TEST_CASE("status kinds have Swedish names", "[status]") {
    using handlingsplan::parse_status_kind;
    using handlingsplan::status_kind_text;
    for (const auto kind : {StatusKind::ongoing, StatusKind::added, StatusKind::updated,
                            StatusKind::completed, StatusKind::withdrawn}) {
        CHECK(parse_status_kind(status_kind_text(kind)) == kind);
    }
    CHECK(status_kind_text(StatusKind::completed) == "genomförd");
    CHECK_THROWS_AS(parse_status_kind("klar"), handlingsplan::ParseError);
}

TEST_CASE("a status's aspects and its printed text come from one vocabulary", "[status]") {
    CHECK(Status::updated(true, false).aspects_text() == "tidplan");
    CHECK(Status::updated(false, true).aspects_text() == "innehåll");
    CHECK(Status::updated(true, true).aspects_text() == "tidplan och innehåll");
    CHECK(Status::added().aspects_text().empty());
    CHECK(Status::updated(true, true).updated_aspects() ==
          std::vector<std::string>{std::string(schedule_aspect_text()),
                                   std::string(content_aspect_text())});
    CHECK(Status::ongoing().updated_aspects().empty());
    // The appendix text is the prefix and the aspects; parsing it back gives the same status.
    for (const Status& s : {Status::updated(true, false), Status::updated(false, true),
                            Status::updated(true, true)}) {
        CHECK(s.appendix_text() == "Uppdaterad, " + s.aspects_text());
        CHECK(Status::parse_appendix_text(s.appendix_text()) == s);
    }
    CHECK(Status::added().printed_text() == "Ny åtgärd");
    CHECK(Status::updated(true, false).printed_text() == "Uppdaterad, tidplan");
    CHECK(Status::ongoing().printed_text() == "pågående");
    CHECK(Status::completed(2020).printed_text() == "genomförd 2020");
    CHECK(Status::withdrawn(2019, "Skäl.").printed_text() == "avskriven 2019");
}

TEST_CASE("which kinds are active", "[status]") {
    CHECK(is_active(StatusKind::ongoing));
    CHECK(is_active(StatusKind::added));
    CHECK(is_active(StatusKind::updated));
    CHECK_FALSE(is_active(StatusKind::completed));
    CHECK_FALSE(is_active(StatusKind::withdrawn));
    CHECK(Status::completed(2020).is_active() == is_active(StatusKind::completed));
}

TEST_CASE("the updated aspects handed one by one are the listed ones", "[status]") {
    for (const Status& status : {Status::updated(true, false), Status::updated(false, true),
                                 Status::updated(true, true), Status::ongoing(), Status::added(),
                                 Status::completed(2020), Status::withdrawn(2021, "Ingår")}) {
        std::vector<std::string> handed;
        status.for_each_updated_aspect(
            [&](std::string_view aspect) { handed.emplace_back(aspect); });
        CHECK(handed == status.updated_aspects());
    }
    std::vector<std::string> both;
    Status::updated(true, true).for_each_updated_aspect([&](std::string_view aspect) {
        both.emplace_back(aspect);
    });
    CHECK(both == std::vector<std::string>{"tidplan", "innehåll"});
}
