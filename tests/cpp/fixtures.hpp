// A small hand-built plan shared by the C++ tests.
#pragma once

#include "handlingsplan/plan.hpp"

namespace fixtures {

inline handlingsplan::Measure measure(
    const char* id, handlingsplan::Status status, const char* agencies = "MSB",
    std::optional<handlingsplan::Period> period = handlingsplan::Period(2019, 2022)) {
    using namespace handlingsplan;
    return Measure(MeasureFields{
        .id = MeasureId::parse(id),
        .title = std::string("Åtgärd ") + id,
        .description = "Beskrivning av åtgärden.\n\nAndra stycket.",
        .agencies = Agencies::parse(agencies),
        .period = period,
        .page = 22,
        .status = status,
    });
}

inline handlingsplan::Plan small_plan() {
    using namespace handlingsplan;
    std::vector<Priority> priorities{
        Priority(1, "Säkerställa en systematisk ansats",
                 {{ObjectiveId(1, 1), "Första målet"}, {ObjectiveId(1, 2), "Andra målet"}}),
        Priority(2, "Öka säkerheten", {{ObjectiveId(2, 1), "Tredje målet"}}),
    };
    Report report(
        2021, Report::due_date(2021),
        {measure("1.1.10", Status::added(), "FRA i samverkan med MSB", Period::year(2021)),
         measure("1.1.9", Status::ongoing(), "MSB", Period::open_ended(2019)),
         measure("1.2.1", Status::updated(true, false), "Försvarsmakten med stöd av FRA"),
         measure("2.1.1", Status::completed(2020), "PTS", std::nullopt),
         measure("2.1.2", Status::withdrawn(2019, "Ingår i 2.1.1."), "PTS", std::nullopt)});
    return Plan("Testplan 2019–2022", 2019, 2022, AgencyRegistry::standard(), std::move(priorities),
                {std::move(report)});
}

// A plan of the successor strategy's shape (a shape for the tests, not its content): pillars A
// and B with lettered ids, its own words and its own registry (MCF an agency of its own).
inline handlingsplan::PlanWords pillar_words() {
    using namespace handlingsplan;
    PlanWords words;
    words.levels = {"Pelare", "Mål", "Aktivitet", "Aktiviteter"};
    words.ids = IdStyle::letters;
    words.appendix.title = "Bilaga 1: Förteckning över aktiviteter";
    words.appendix.current = "Aktuella aktiviteter";
    words.appendix.measure_column = "Aktivitet";
    words.appendix.agencies_column = "Ansvarig aktör";
    words.appendix.empty = "Inga aktiviteter.";
    return words;
}

inline handlingsplan::Plan pillar_plan() {
    using namespace handlingsplan;
    const AgencyRegistry registry({Agency("MCF", "Myndigheten för civilt försvar", true),
                                   Agency("FRA", "Försvarets radioanstalt", true)});
    std::vector<Priority> priorities{
        Priority(1, "Pelare ett", {{ObjectiveId::parse("A.1"), "Mål A.1"}}),
        Priority(2, "Pelare två", {{ObjectiveId::parse("B.1"), "Mål B.1"}}),
    };
    Measure activity(MeasureFields{
        .id = MeasureId::parse("A.1.1"),
        .title = "Aktivitet A.1.1",
        .description = "",
        .agencies = Agencies::parse("Myndigheten för civilt försvar i samverkan med FRA", registry),
        .period = Period(2025, 2027),
        .page = std::nullopt,
        .status = Status::ongoing(),
    });
    Report report(2026, Report::due_date(2026), {activity});
    return Plan("Testform 2025–2029", 2025, 2029, registry, std::move(priorities),
                {std::move(report)}, pillar_words());
}

}  // namespace fixtures
