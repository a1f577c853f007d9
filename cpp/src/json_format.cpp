#include "json_format.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "handlingsplan/declaration.hpp"
#include "handlingsplan/json_io.hpp"

namespace handlingsplan::detail {
namespace {

// The JSON keys of every entity, as declaration.hpp declares them (at compile time: a name not
// declared does not compile). Where an object's keys do not depend on its content or on the
// file's version, the keys it must and may hold are the declaration's too
// (declared_object_keys).
namespace d = handlingsplan::declared;
constexpr DeclaredKeys<d::plan_fields> plan_key;
constexpr DeclaredKeys<d::plan_words_fields> words_key;
constexpr DeclaredKeys<d::level_words_fields> level_key;
constexpr DeclaredKeys<d::appendix_words_fields> appendix_words_key;
constexpr DeclaredKeys<d::agency_fields> agency_key;
constexpr DeclaredKeys<d::agency_successor_fields> successor_key;
constexpr DeclaredKeys<d::agency_unit_fields> unit_key;
constexpr DeclaredKeys<d::priority_fields> priority_key;
constexpr DeclaredKeys<d::objective_fields> objective_key;
constexpr DeclaredKeys<d::report_fields> report_key;
constexpr DeclaredKeys<d::reopening_fields> reopening_key;
constexpr DeclaredKeys<d::follow_up_fields> follow_up_key;
constexpr DeclaredKeys<d::follow_up_note_fields> note_key;
constexpr DeclaredKeys<d::follow_up_result_fields> result_key;
constexpr DeclaredKeys<d::chapter_fields> chapter_key;
constexpr DeclaredKeys<d::chapter_block_fields> block_key;
constexpr DeclaredKeys<d::measure_agencies_fields> agencies_key;
constexpr DeclaredKeys<d::agency_role_fields> role_key;
constexpr DeclaredKeys<d::status_fields> status_key;
constexpr DeclaredKeys<d::change_fields> change_key;
constexpr DeclaredKeys<d::change_source_fields> source_key;
constexpr DeclaredKeys<d::form_fields> form_key;

template <const auto& Fields>
void expect_declared(const Node& node) {
    const ObjectKeys& keys = declared_object_keys<Fields>();
    node.expect_object(keys.required, keys.optional);
}

// A date: "YYYY-MM-DD".

boost::gregorian::date read_date(const Node& node) {
    const std::string text = node.string();
    const auto digits = [&](std::size_t from, std::size_t n) {
        for (std::size_t i = from; i < from + n; ++i) {
            if (text[i] < '0' || text[i] > '9') return false;
        }
        return true;
    };
    const bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-' && digits(0, 4) &&
                        digits(5, 2) && digits(8, 2);
    if (!shaped) {
        node.fail("expected a date as \"YYYY-MM-DD\", found \"" + text + "\"",
                  "ett datum som \"ÅÅÅÅ-MM-DD\" väntades, \"" + text + "\" hittades");
    }
    const int year = std::stoi(text.substr(0, 4));
    if (year < min_year || year > max_year) {
        node.fail("the year of \"" + text + "\" is outside " + std::to_string(min_year) + "–" +
                      std::to_string(max_year),
                  "året i \"" + text + "\" ligger utanför " + std::to_string(min_year) + "–" +
                      std::to_string(max_year));
    }
    try {
        return boost::gregorian::date(static_cast<unsigned short>(year),
                                      static_cast<unsigned short>(std::stoi(text.substr(5, 2))),
                                      static_cast<unsigned short>(std::stoi(text.substr(8, 2))));
    } catch (const std::out_of_range&) {
        // Boost.Date_Time's bad_month and bad_day_of_month derive from std::out_of_range.
        node.fail("\"" + text + "\" is not a date in the calendar",
                  "\"" + text + "\" är inget datum i kalendern");
    }
}

json write_date(const boost::gregorian::date& day) {
    return boost::gregorian::to_iso_extended_string(day);
}

// A period: its canonical form only (Period::to_string), so that what is read is what is written.

Period read_period(const Node& node) {
    const std::string text = node.string();
    const Period period = node.build([&] { return Period::parse(text); });
    if (period.to_string() != text) {
        node.fail("expected the period in its canonical form \"" + period.to_string() +
                      "\", found \"" + text + "\"",
                  "perioden skrivs \"" + period.to_string() + "\", \"" + text + "\" hittades");
    }
    return period;
}

json write_period(const std::optional<Period>& period) {
    return period ? json(period->to_string()) : json(nullptr);
}

// A status: {"kind": ..., "aspects"/"year"/"reason" as the kind needs}.

Status read_status(const Node& node) {
    constexpr auto kind_key = status_key["kind"];
    constexpr auto aspects_key = status_key["updated_aspects"];
    constexpr auto year_key = status_key["year"];
    constexpr auto reason_key = status_key["reason"];
    if (!node.has(kind_key)) node.expect_object({kind_key});
    const Node kind_node = node[kind_key];
    const StatusKind kind = kind_node.build([&] { return parse_status_kind(kind_node.string()); });
    switch (kind) {
    case StatusKind::ongoing: node.expect_object({kind_key}); return Status::ongoing();
    case StatusKind::added: node.expect_object({kind_key}); return Status::added();
    case StatusKind::updated: {
        node.expect_object({kind_key, aspects_key});
        bool schedule = false, content = false;
        for (const Node& aspect : node[aspects_key].items()) {
            const std::string name = aspect.string();
            bool& flag = name == "tidplan" ? schedule : content;
            if (name != "tidplan" && name != "innehåll") {
                aspect.fail("expected \"tidplan\" or \"innehåll\", found \"" + name + "\"",
                            "\"tidplan\" eller \"innehåll\" väntades, \"" + name + "\" hittades");
            }
            if (flag)
                aspect.fail("\"" + name + "\" is listed twice", "\"" + name + "\" står två gånger");
            flag = true;
        }
        return node.build([&] { return Status::updated(schedule, content); });
    }
    case StatusKind::completed:
        node.expect_object({kind_key, year_key});
        return Status::completed(node[year_key].year());
    case StatusKind::withdrawn:
        node.expect_object({kind_key, year_key, reason_key});
        return Status::withdrawn(node[year_key].year(), node[reason_key].string());
    }
    node.fail("unknown status", "okänd status");
}

json write_status(const Status& s) {
    json status = {{status_key["kind"], status_kind_text(s.kind())}};
    switch (s.kind()) {
    case StatusKind::updated: {
        json& aspects = status[status_key["updated_aspects"]] = json::array();
        if (s.schedule_updated()) aspects.push_back("tidplan");
        if (s.content_updated()) aspects.push_back("innehåll");
        break;
    }
    case StatusKind::completed: status[status_key["year"]] = *s.year(); break;
    case StatusKind::withdrawn:
        status[status_key["year"]] = *s.year();
        status[status_key["reason"]] = s.reason();
        break;
    default: break;
    }
    return status;
}

// A measure's agencies: the phrase as printed and the roles it gives.

// Every agency of the roles must be in the plan's registry: one it does not hold would silently
// drop out of every question asked by agency.
Agencies read_agencies(const Node& node, const AgencyRegistry& registry) {
    expect_declared<d::measure_agencies_fields>(node);
    std::vector<AgencyRole> roles;
    for (const Node& entry : node[agencies_key["roles"]].items()) {
        expect_declared<d::agency_role_fields>(entry);
        const Node agency = entry[role_key["agency"]];
        const std::string name = agency.text();
        if (!registry.contains(name)) {
            const auto near = registry.closest_name(name);
            agency.fail("the agency \"" + name + "\" is not in the plan's registry" +
                            (near ? "; did you mean \"" + *near + "\"?"
                                  : " (add it to \"agencies\" first)"),
                        "myndigheten \"" + name + "\" finns inte i planens register" +
                            (near ? "; menade du \"" + *near + "\"?"
                                  : " (lägg till den i \"agencies\" först)"));
        }
        const Node role = entry[role_key["role"]];
        roles.push_back({name, role.build([&] { return parse_role(role.string()); })});
    }
    return node.build(
        [&] { return Agencies(node[agencies_key["text"]].text(), std::move(roles)); });
}

json write_agencies(const Agencies& agencies) {
    json roles = json::array();
    for (const auto& entry : agencies.roles()) {
        roles.push_back(
            json{{role_key["agency"], entry.agency}, {role_key["role"], role_text(entry.role)}});
    }
    return {{agencies_key["text"], agencies.text()}, {agencies_key["roles"], std::move(roles)}};
}

}  // namespace

// A measure, its keys as declaration.hpp declares them.

namespace {

consteval std::string_view measure_key(std::string_view name) {
    return declared_key(measure_fields, name);
}
constexpr std::string_view appendix_key = outer_key(measure_key("appendix_title"));
constexpr std::string_view appendix_title_key = inner_key(measure_key("appendix_title"));
constexpr std::string_view appendix_agencies_key = inner_key(measure_key("appendix_agencies"));

}  // namespace

Measure read_measure(const Node& entry, const AgencyRegistry& registry) {
    expect_declared<d::measure_fields>(entry);
    const Node id_node = entry[measure_key("id")];
    const MeasureId id = id_node.build([&] { return MeasureId::parse(id_node.string()); });
    const Node node =
        entry.placed() ? entry.in_context(entry.context() + ", measure " + id.to_string()) : entry;
    MeasureFields f{
        .id = id,
        .title = node[measure_key("title")].text(),
        .description = node[measure_key("description")].string(),
        .agencies = read_agencies(node[measure_key("agencies")], registry),
    };
    const Node period = node[measure_key("period")];
    if (!period.is_null()) f.period = read_period(period);
    const Node page = node[measure_key("page")];
    if (!page.is_null()) f.page = page.integer(min_page, max_page);
    f.status = node.build([&] { return read_status(node[measure_key("status")]); });
    if (node.has(measure_key("chapter_marking"))) {
        const Node marking = node[measure_key("chapter_marking")];
        f.chapter_marking = marking.build([&] { return parse_chapter_marking(marking.string()); });
    }
    if (node.has(appendix_key)) {
        const Node appendix = node[appendix_key];
        appendix.expect_object({}, {appendix_title_key, appendix_agencies_key});
        if (appendix.has(appendix_title_key))
            f.appendix_title = appendix[appendix_title_key].text();
        if (appendix.has(appendix_agencies_key)) {
            f.appendix_agencies = appendix[appendix_agencies_key].text();
        }
        if (!f.appendix_title && !f.appendix_agencies) {
            appendix.fail("expected \"" + std::string(appendix_title_key) + "\" or \"" +
                              std::string(appendix_agencies_key) + "\"",
                          "\"" + std::string(appendix_title_key) + "\" eller \"" +
                              std::string(appendix_agencies_key) + "\" väntades");
        }
    }
    return node.build([&] { return Measure(std::move(f)); });
}

namespace {

json write_measure(const Measure& m) {
    json out = {
        {measure_key("id"), m.id().to_string()},
        {measure_key("title"), m.title()},
        {measure_key("description"), m.description()},
        {measure_key("agencies"), write_agencies(m.agencies())},
        {measure_key("period"), write_period(m.period())},
        {measure_key("page"), m.page() ? json(*m.page()) : json(nullptr)},
        {measure_key("status"), write_status(m.status())},
    };
    if (m.chapter_marking()) {
        out[measure_key("chapter_marking")] = chapter_marking_text(*m.chapter_marking());
    }
    if (m.appendix_title() || m.appendix_agencies()) {
        json appendix = json::object();
        if (m.appendix_title()) appendix[appendix_title_key] = *m.appendix_title();
        if (m.appendix_agencies()) appendix[appendix_agencies_key] = *m.appendix_agencies();
        out[appendix_key] = std::move(appendix);
    }
    return out;
}

// A strategic priority's number as the plan writes its ids: 1, or "A" where it letters them
// (a priority's "number", version 5; a follow-up result's "priority", version 6).
int read_priority_number(const Node& number_node, IdStyle style) {
    int number = 0;
    if (style == IdStyle::letters) {
        if (!number_node.is_string()) {
            number_node.fail(
                "expected a capital letter A–Z (the plan writes its ids with "
                "bokstäver), found " +
                    number_node.type_name(),
                "en stor bokstav väntades (planen skriver sina nummer med bokstäver), " +
                    number_node.swedish_type_name() + " hittades");
        }
        const std::string label = number_node.string();
        const auto parsed = parse_priority_label(label);
        if (!parsed || parsed->style != IdStyle::letters) {
            number_node.fail(
                "expected a capital letter A–Z (the plan writes its ids with "
                "bokstäver), found \"" +
                    label + "\"",
                "en stor bokstav väntades (planen skriver sina nummer med bokstäver), \"" + label +
                    "\" hittades");
        }
        number = parsed->number;
    } else {
        if (number_node.is_string()) {
            number_node.fail("expected a whole number, found \"" + number_node.string() +
                                 "\": the plan writes its ids with siffror (a plan whose ids "
                                 "begin with a letter says so: \"words\": {\"ids\": "
                                 "\"bokstäver\"})",
                             "ett heltal väntades, \"" + number_node.string() +
                                 "\" hittades: planen skriver sina nummer med siffror (en plan "
                                 "vars nummer börjar med en bokstav säger det: \"words\": "
                                 "{\"ids\": \"bokstäver\"})");
        }
        number = number_node.integer(1, max_id_part);
    }
    return number;
}

json write_priority_number(int number, IdStyle style) {
    return style == IdStyle::letters ? json(priority_label(number, style)) : json(number);
}

// The Uppföljning chapter of a report: {"introduction", "notes": [{"title", "text"}],
// "results": [{"priority", "text"}]}, every part optional but one. A result's priority is
// written as the plan writes its ids (1 or "A") from version 6; before, always as a number.

FollowUp read_follow_up(const Node& node, IdStyle ids, int version) {
    expect_declared<d::follow_up_fields>(node);
    std::string introduction;
    if (node.has(follow_up_key["introduction"]))
        introduction = node[follow_up_key["introduction"]].text();
    std::vector<FollowUpNote> notes;
    if (node.has(follow_up_key["notes"])) {
        for (const Node& entry : node[follow_up_key["notes"]].items()) {
            expect_declared<d::follow_up_note_fields>(entry);
            notes.push_back({entry[note_key["title"]].text(), entry[note_key["text"]].text()});
        }
    }
    std::map<int, std::string> results;
    if (node.has(follow_up_key["results"])) {
        for (const Node& entry : node[follow_up_key["results"]].items()) {
            expect_declared<d::follow_up_result_fields>(entry);
            const Node number = entry[result_key["priority"]];
            const int priority =
                version < 6 ? number.integer(1, max_id_part) : read_priority_number(number, ids);
            if (!results.emplace(priority, entry[result_key["text"]].text()).second) {
                entry[result_key["priority"]].fail(
                    "priority " + std::to_string(priority) + " is listed twice",
                    "prioritering " + std::to_string(priority) + " står två gånger");
            }
        }
    }
    if (introduction.empty() && notes.empty() && results.empty()) {
        node.fail("expected \"introduction\", \"notes\" or \"results\"",
                  "\"introduction\", \"notes\" eller \"results\" väntades");
    }
    return node.build([&] { return FollowUp(introduction, std::move(notes), std::move(results)); });
}

json write_follow_up(const FollowUp& follow_up, IdStyle ids) {
    json out = json::object();
    if (!follow_up.introduction().empty())
        out[follow_up_key["introduction"]] = follow_up.introduction();
    if (!follow_up.notes().empty()) {
        json notes = json::array();
        for (const auto& note : follow_up.notes()) {
            notes.push_back(json{{note_key["title"], note.title}, {note_key["text"], note.text}});
        }
        out[follow_up_key["notes"]] = std::move(notes);
    }
    if (!follow_up.results().empty()) {
        json results = json::array();
        for (const auto& [priority, text] : follow_up.results()) {
            results.push_back(json{{result_key["priority"], write_priority_number(priority, ids)},
                                   {result_key["text"], text}});
        }
        out[follow_up_key["results"]] = std::move(results);
    }
    return out;
}

// A prose chapter of a report (schema version 4): {"heading", "blocks": [{"kind": "paragraph"
// or "heading", "text"} or {"kind": "bullets" or "numbered", "items": [...]}], and
// "carried_over_from" (a year) where the text is an earlier report's, unedited}.

ChapterBlock read_chapter_block(const Node& node) {
    if (!node.has(block_key["kind"])) node.expect_object({"kind"});
    const Node kind_node = node[block_key["kind"]];
    const ChapterBlockKind kind =
        kind_node.build([&] { return parse_chapter_block_kind(kind_node.string()); });
    if (kind == ChapterBlockKind::paragraph || kind == ChapterBlockKind::heading) {
        node.expect_object({block_key[block_key["kind"]], block_key[block_key["text"]]});
        const std::string text = node[block_key["text"]].text();
        return node.build([&] {
            return kind == ChapterBlockKind::paragraph ? ChapterBlock::paragraph(text)
                                                       : ChapterBlock::heading(text);
        });
    }
    node.expect_object({block_key[block_key["kind"]], block_key[block_key["items"]]});
    std::vector<std::string> items;
    for (const Node& item : node[block_key["items"]].items()) items.push_back(item.text());
    return node.build([&] {
        return kind == ChapterBlockKind::bullets ? ChapterBlock::bullets(items)
                                                 : ChapterBlock::numbered(items);
    });
}

json write_chapter_block(const ChapterBlock& block) {
    json out{{block_key["kind"], chapter_block_kind_text(block.kind())}};
    if (block.is_list()) {
        out[block_key["items"]] = block.items();
    } else {
        out[block_key["text"]] = block.text();
    }
    return out;
}

ProseChapter read_chapter(const Node& node) {
    expect_declared<d::chapter_fields>(node);
    std::vector<ChapterBlock> blocks;
    for (const Node& entry : node[chapter_key["blocks"]].items())
        blocks.push_back(read_chapter_block(entry));
    std::optional<int> carried;
    if (node.has(chapter_key["carried_over_from"]))
        carried = node[chapter_key["carried_over_from"]].year();
    const Node heading = node[chapter_key["heading"]];
    const std::string text = heading.text();
    heading.build([&] {
        require_prose_chapter_heading(text);
        return 0;
    });
    return node.build([&] { return ProseChapter(text, std::move(blocks), carried); });
}

json write_chapter(const ProseChapter& chapter) {
    json blocks = json::array();
    for (const auto& block : chapter.blocks()) blocks.push_back(write_chapter_block(block));
    json out{{chapter_key["heading"], chapter.heading()},
             {chapter_key["blocks"], std::move(blocks)}};
    if (chapter.carried_over_from())
        out[chapter_key["carried_over_from"]] = *chapter.carried_over_from();
    return out;
}

std::vector<ProseChapter> read_chapters(const Node& node) {
    std::vector<ProseChapter> chapters;
    for (const Node& entry : node.items()) {
        chapters.push_back(read_chapter(entry));
        for (std::size_t i = 0; i + 1 < chapters.size(); ++i) {
            if (chapters[i].heading() == chapters.back().heading()) {
                entry[chapter_key["heading"]].fail(
                    "the chapter \"" + chapters.back().heading() + "\" is given twice",
                    "kapitlet \"" + chapters.back().heading() + "\" står två gånger");
            }
        }
    }
    return chapters;
}

// A yearly report.

// When and why a final report was opened again.

Reopening read_reopening(const Node& node) {
    expect_declared<d::reopening_fields>(node);
    return {read_date(node[reopening_key["date"]]), node[reopening_key["reason"]].text()};
}

json write_reopening(const Reopening& r) {
    return {{reopening_key["date"], write_date(r.date)}, {reopening_key["reason"], r.reason}};
}

// Where a change came from: {"agency", "file", "sheet", "cell", "line", "read", "comment"},
// each written only where it is given (schema version 4).

ChangeSource read_source(const Node& node) {
    expect_declared<d::change_source_fields>(node);
    SourceFields f;
    if (node.has(source_key["agency"])) f.agency = node[source_key["agency"]].text();
    if (node.has(source_key["file"])) f.file = node[source_key["file"]].text();
    if (node.has(source_key["sheet"])) f.sheet = node[source_key["sheet"]].text();
    if (node.has(source_key["cell"])) f.cell = node[source_key["cell"]].text();
    if (node.has(source_key["line"])) f.line = node[source_key["line"]].integer(1, 100'000'000);
    if (node.has(source_key["read"])) f.read = read_date(node[source_key["read"]]);
    if (node.has(source_key["comment"])) f.comment = node[source_key["comment"]].text();
    return node.build([&] { return ChangeSource(std::move(f)); });
}

json write_source(const ChangeSource& source) {
    json out = json::object();
    const SourceFields& f = source.fields();
    if (!f.agency.empty()) out[source_key["agency"]] = f.agency;
    if (!f.file.empty()) out[source_key["file"]] = f.file;
    if (!f.sheet.empty()) out[source_key["sheet"]] = f.sheet;
    if (!f.cell.empty()) out[source_key["cell"]] = f.cell;
    if (f.line) out[source_key["line"]] = *f.line;
    if (f.read) out[source_key["read"]] = write_date(*f.read);
    if (!f.comment.empty()) out[source_key["comment"]] = f.comment;
    return out;
}

// A recorded change: {"measure", "part", "before", "after", "source"?, "note"?}.

RecordedChange read_change(const Node& node) {
    expect_declared<d::change_fields>(node);
    const Node id_node = node[change_key["measure"]];
    const MeasureId id = id_node.build([&] { return MeasureId::parse(id_node.string()); });
    const Node part_node = node[change_key["part"]];
    const ChangedPart part =
        part_node.build([&] { return parse_changed_part(part_node.string()); });
    Provenance provenance;
    if (node.has(change_key["source"])) provenance.source = read_source(node[change_key["source"]]);
    if (node.has(change_key["note"])) provenance.note = node[change_key["note"]].text();
    return node.build([&] {
        return RecordedChange(id, part, node[change_key["before"]].string(),
                              node[change_key["after"]].string(), std::move(provenance));
    });
}

json write_change(const RecordedChange& change) {
    json out = {{change_key["measure"], change.measure().to_string()},
                {change_key["part"], changed_part_name(change.part())},
                {change_key["before"], change.before()},
                {change_key["after"], change.after()}};
    if (change.source()) out[change_key["source"]] = write_source(*change.source());
    if (!change.note().empty()) out[change_key["note"]] = change.note();
    return out;
}

// An entry of the form register: {"agency", "event", "file", "date"?}.

FormEntry read_form_entry(const Node& node, const AgencyRegistry& registry) {
    expect_declared<d::form_fields>(node);
    const Node agency = node[form_key["agency"]];
    const std::string name = agency.text();
    if (!registry.contains(name)) {
        const auto near = registry.closest_name(name);
        agency.fail("the agency \"" + name + "\" is not in the plan's registry" +
                        (near ? "; did you mean \"" + *near + "\"?" : ""),
                    "myndigheten \"" + name + "\" finns inte i planens register" +
                        (near ? "; menade du \"" + *near + "\"?" : ""));
    }
    const Node event_node = node[form_key["event"]];
    const FormEvent event = event_node.build([&] { return parse_form_event(event_node.string()); });
    std::optional<boost::gregorian::date> on;
    if (node.has(form_key["on"])) on = read_date(node[form_key["on"]]);
    return node.build([&] { return FormEntry(name, event, node[form_key["file"]].text(), on); });
}

json write_form_entry(const FormEntry& entry) {
    json out = {{form_key["agency"], entry.agency()},
                {form_key["event"], form_event_name(entry.event())},
                {form_key["file"], entry.file()}};
    if (entry.on()) out[form_key["on"]] = write_date(*entry.on());
    return out;
}

Report read_report(const Node& report_node, int version, const AgencyRegistry& registry,
                   IdStyle ids, std::vector<Measure> measures) {
    // Version 1 knew no drafts: every report in such a file was submitted.
    // Version 4 added the recorded changes, the form register and the prose chapters.
    if (version == 1) {
        report_node.expect_object({report_key["year"], "submitted", "measures"}, {"follow_up"});
    } else if (version < 4) {
        report_node.expect_object({report_key["year"], "submitted", "state", "measures"},
                                  {report_key["reopenings"], "follow_up"});
    } else {
        expect_declared<d::report_fields>(report_node);
    }
    const int year = report_node[report_key["year"]].year();
    const Node node = report_node.in_context("report " + std::to_string(year));
    const auto submitted = read_date(node[report_key["submitted"]]);
    ReportState state = ReportState::final;
    std::vector<Reopening> reopenings;
    if (version > 1) {
        const Node state_node = node[report_key["state"]];
        state = state_node.build([&] { return parse_report_state(state_node.string()); });
        if (node.has(report_key["reopenings"])) {
            for (const Node& entry : node[report_key["reopenings"]].items()) {
                reopenings.push_back(read_reopening(entry));
            }
        }
    }
    // Measures read in one pass have no nodes left to say where one is listed twice: the
    // Report refuses that, and the careful read, reading them here, says where.
    if (!measures.empty() && !node[report_key["measures"]].items().empty()) {
        // The one-pass read takes every object of the list as it closes; anything it left in
        // the document (a string, number, null or boolean) is no measure, and is never skipped:
        // the careful read, reading the list here, says where.
        node[report_key["measures"]].fail("an element of the measures that is not an object",
                                          "ett element bland åtgärderna som inte är ett objekt");
    }
    // A measure read in one pass whose id is written otherwise than the plan's: the careful
    // read, below, says which.
    for (const auto& measure : measures) {
        if (measure.id().style() != ids) {
            node[report_key["measures"]].fail("an id written otherwise",
                                              "ett nummer skrivet på annat sätt");
        }
    }
    if (measures.empty()) {
        std::set<MeasureId> seen;
        for (const Node& entry : node[report_key["measures"]].items()) {
            measures.push_back(read_measure(entry, registry));
            const MeasureId& id = measures.back().id();
            if (id.style() != ids) {
                const std::string written(id_style_text(id.style()));
                const std::string plans(id_style_text(ids));
                const std::string example = MeasureId(1, 1, 1, ids).to_string();
                entry[measure_key("id")].fail(
                    "measure " + id.to_string() + " is written with " + written +
                        ", but the plan writes its ids with " + plans + " (\"" + example + "\")",
                    "åtgärd " + id.to_string() + " skrivs med " + written +
                        ", men planen skriver sina nummer med " + plans + " (\"" + example + "\")");
            }
            if (!seen.insert(measures.back().id()).second) {
                entry[measure_key("id")].fail("measure " + measures.back().id().to_string() +
                                                  " is listed twice in this report",
                                              "åtgärd " + measures.back().id().to_string() +
                                                  " står två gånger i redovisningen");
            }
        }
    }
    FollowUp follow_up;
    if (node.has(report_key["follow_up"]))
        follow_up = read_follow_up(node[report_key["follow_up"]], ids, version);
    std::vector<RecordedChange> changes;
    if (node.has(report_key["changes"])) {
        for (const Node& entry : node[report_key["changes"]].items())
            changes.push_back(read_change(entry));
    }
    std::vector<FormEntry> forms;
    if (node.has(report_key["forms"])) {
        for (const Node& entry : node[report_key["forms"]].items()) {
            forms.push_back(read_form_entry(entry, registry));
        }
    }
    std::vector<ProseChapter> chapters;
    if (node.has(report_key["chapters"])) chapters = read_chapters(node[report_key["chapters"]]);
    return node.build([&] {
        return Report(year, submitted, std::move(measures), state, std::move(reopenings),
                      std::move(follow_up), std::move(changes), std::move(forms),
                      std::move(chapters));
    });
}

json write_report(const Report& report, IdStyle ids) {
    json measures = json::array();
    for (const auto& m : report.measures()) measures.push_back(write_measure(m));
    json out = {{report_key["year"], report.year()},
                {report_key["submitted"], write_date(report.submitted())},
                {report_key["state"], report_state_text(report.state())}};
    if (!report.reopenings().empty()) {
        json reopenings = json::array();
        for (const auto& r : report.reopenings()) reopenings.push_back(write_reopening(r));
        out[report_key["reopenings"]] = std::move(reopenings);
    }
    if (!report.follow_up().empty())
        out[report_key["follow_up"]] = write_follow_up(report.follow_up(), ids);
    if (!report.chapters().empty()) {
        json chapters = json::array();
        for (const auto& chapter : report.chapters()) chapters.push_back(write_chapter(chapter));
        out[report_key["chapters"]] = std::move(chapters);
    }
    out[report_key["measures"]] = std::move(measures);
    if (!report.changes().empty()) {
        json changes = json::array();
        for (const auto& change : report.changes()) changes.push_back(write_change(change));
        out[report_key["changes"]] = std::move(changes);
    }
    if (!report.forms().empty()) {
        json forms = json::array();
        for (const auto& entry : report.forms()) forms.push_back(write_form_entry(entry));
        out[report_key["forms"]] = std::move(forms);
    }
    return out;
}

// A strategic priority with its objectives. Its number is written as the plan writes its ids:
// 1 or "A" (version 5).

Priority read_priority(const Node& node, IdStyle style) {
    expect_declared<d::priority_fields>(node);
    const int number = read_priority_number(node[priority_key["number"]], style);
    std::vector<Objective> objectives;
    for (const Node& entry : node[priority_key["objectives"]].items()) {
        expect_declared<d::objective_fields>(entry);
        const Node id = entry[objective_key["id"]];
        objectives.push_back({id.build([&] { return ObjectiveId::parse(id.string()); }),
                              entry[objective_key["text"]].text()});
        const ObjectiveId& read = objectives.back().id;
        if (read.style() != style) {
            id.fail("objective " + read.to_string() + " is written with " +
                        std::string(id_style_text(read.style())) +
                        ", but the plan writes its ids with " + std::string(id_style_text(style)),
                    "målsättning " + read.to_string() + " skrivs med " +
                        std::string(id_style_text(read.style())) + ", men planen skriver sina " +
                        "nummer med " + std::string(id_style_text(style)));
        }
        if (read.priority() != number) {
            id.fail("objective " + read.to_string() + " does not belong to strategic priority " +
                        priority_label(number, style),
                    "målsättning " + read.to_string() + " hör inte till strategisk prioritering " +
                        priority_label(number, style));
        }
    }
    return node.build([&] {
        return Priority(number, node[priority_key["title"]].text(), std::move(objectives));
    });
}

json write_priority(const Priority& p, IdStyle style) {
    json objectives = json::array();
    for (const auto& o : p.objectives()) {
        objectives.push_back(
            json{{objective_key["id"], o.id.to_string()}, {objective_key["text"], o.text}});
    }
    json number = write_priority_number(p.number(), style);
    return {{priority_key["number"], std::move(number)},
            {priority_key["title"], p.title()},
            {priority_key["objectives"], std::move(objectives)}};
}

// The plan's own words (version 5): every key optional, the 2019–2022 plan's where absent; only
// the words that differ from those are written.

// The keys of "words.levels" and "words.appendix", each with its member.
const std::pair<std::string_view, std::string LevelWords::*> level_keys[] = {
    {level_key["priority"], &LevelWords::priority},
    {level_key["objective"], &LevelWords::objective},
    {level_key["measure"], &LevelWords::measure},
    {level_key["measures"], &LevelWords::measures},
};
const std::pair<std::string_view, std::string AppendixWords::*> appendix_keys[] = {
    {appendix_words_key["title"], &AppendixWords::title},
    {appendix_words_key["intro"], &AppendixWords::intro},
    {appendix_words_key["current"], &AppendixWords::current},
    {appendix_words_key["completed"], &AppendixWords::completed},
    {appendix_words_key["withdrawn"], &AppendixWords::withdrawn},
    {appendix_words_key["number_column"], &AppendixWords::number_column},
    {appendix_words_key["measure_column"], &AppendixWords::measure_column},
    {appendix_words_key["agencies_column"], &AppendixWords::agencies_column},
    {appendix_words_key["status_column"], &AppendixWords::status_column},
    {appendix_words_key["page_column"], &AppendixWords::page_column},
    {appendix_words_key["completed_column"], &AppendixWords::completed_column},
    {appendix_words_key["withdrawn_column"], &AppendixWords::withdrawn_column},
    {appendix_words_key["empty"], &AppendixWords::empty},
};

template <class Words, class Keys>
void read_word_group(const Node& node, Words& words, const Keys& keys) {
    std::vector<std::string_view> names;
    for (const auto& [key, member] : keys) names.push_back(key);
    node.expect_object({}, names);
    for (const auto& [key, member] : keys) {
        if (node.has(key)) words.*member = node[key].text();
    }
}

template <class Words, class Keys>
json write_word_group(const Words& words, const Words& standard, const Keys& keys) {
    json out = json::object();
    for (const auto& [key, member] : keys) {
        if (words.*member != standard.*member) out[std::string(key)] = words.*member;
    }
    return out;
}

PlanWords read_words(const Node& node) {
    expect_declared<d::plan_words_fields>(node);
    PlanWords words;
    if (node.has(words_key["levels"]))
        read_word_group(node[words_key["levels"]], words.levels, level_keys);
    if (node.has(words_key["ids"])) {
        const Node ids = node[words_key["ids"]];
        words.ids = ids.build([&] { return parse_id_style(ids.string()); });
    }
    if (node.has(words_key["appendix"]))
        read_word_group(node[words_key["appendix"]], words.appendix, appendix_keys);
    return words;
}

// Null where the plan's words are the standard ones (the key is then left out).
json write_words(const PlanWords& words) {
    const PlanWords& standard = PlanWords::standard();
    json out = json::object();
    json levels = write_word_group(words.levels, standard.levels, level_keys);
    if (!levels.empty()) out[words_key["levels"]] = std::move(levels);
    if (words.ids != standard.ids) out[words_key["ids"]] = std::string(id_style_text(words.ids));
    json appendix = write_word_group(words.appendix, standard.appendix, appendix_keys);
    if (!appendix.empty()) out[words_key["appendix"]] = std::move(appendix);
    return out.empty() ? json(nullptr) : out;
}

// An agency of the plan's registry.

Agency read_agency(const Node& node) {
    expect_declared<d::agency_fields>(node);
    std::vector<std::string> aliases;
    if (node.has(agency_key["aliases"])) {
        for (const Node& alias : node[agency_key["aliases"]].items())
            aliases.push_back(alias.text());
    }
    std::optional<AgencySuccessor> successor;
    if (node.has(agency_key["successor"])) {  // schema version 3
        const Node next = node[agency_key["successor"]];
        expect_declared<d::agency_successor_fields>(next);
        successor = AgencySuccessor{next[successor_key[agency_key["short_name"]]].text(),
                                    next[successor_key[agency_key["name"]]].text(),
                                    read_date(next[successor_key["since"]])};
    }
    std::vector<AgencyUnit> units;
    if (node.has(agency_key["units"])) {  // schema version 4
        for (const Node& entry : node[agency_key["units"]].items()) {
            expect_declared<d::agency_unit_fields>(entry);
            AgencyUnit unit{entry[unit_key[agency_key["short_name"]]].text(),
                            entry[unit_key[agency_key["name"]]].text(),
                            {}};
            if (entry.has(unit_key[agency_key["aliases"]])) {
                for (const Node& alias : entry[unit_key[agency_key["aliases"]]].items())
                    unit.aliases.push_back(alias.text());
            }
            units.push_back(std::move(unit));
        }
    }
    return node.build([&] {
        return Agency(node[agency_key["short_name"]].text(), node[agency_key["name"]].text(),
                      node[agency_key["samfi"]].boolean(), std::move(aliases), std::move(successor),
                      std::move(units));
    });
}

json write_agency(const Agency& a) {
    json agency{{agency_key["short_name"], a.short_name()},
                {agency_key["name"], a.name()},
                {agency_key["samfi"], a.samfi()}};
    if (!a.aliases().empty())
        agency[agency_key["aliases"]] = a.aliases();  // written only where there are some
    if (const auto& next = a.successor()) {
        agency[agency_key["successor"]] =
            json{{successor_key[agency_key["short_name"]], next->short_name},
                 {successor_key[agency_key["name"]], next->name},
                 {successor_key["since"], write_date(next->since)}};
    }
    if (!a.units().empty()) {
        json units = json::array();
        for (const auto& unit : a.units()) {
            json entry{{unit_key[agency_key["short_name"]], unit.short_name},
                       {unit_key[agency_key["name"]], unit.name}};
            if (!unit.aliases.empty()) entry[unit_key[agency_key["aliases"]]] = unit.aliases;
            units.push_back(std::move(entry));
        }
        agency[agency_key["units"]] = std::move(units);
    }
    return agency;
}

}  // namespace

// The plan.

AgencyRegistry read_registry(const Node& agencies_node) {
    std::vector<Agency> agencies;
    for (const Node& entry : agencies_node.items()) agencies.push_back(read_agency(entry));
    return agencies_node.build([&] { return AgencyRegistry(std::move(agencies)); });
}

Plan read_plan(const Node& root, ReadMeasures read_measures) {
    // "activities", the government's, are read by activity_json.cpp.
    expect_declared<d::plan_fields>(root);
    const Node version_node = root[plan_key["schema_version"]];
    const int version = version_node.integer(0, 1'000'000);
    if (version < 1 || version > schema_version) {
        version_node.fail("this version of handlingsplan reads schema_version 1 to " +
                              std::to_string(schema_version),
                          "den här versionen av handlingsplan läser schema_version 1 till " +
                              std::to_string(schema_version));
    }
    PlanWords words;  // before version 5, and where the file gives none: the 2019–2022 plan's
    if (root.has(plan_key["words"])) {
        if (version < 5) {
            root[plan_key["words"]].fail("the plan's own words need schema_version 5",
                                         "planens egna ord kräver schema_version 5");
        }
        words = read_words(root[plan_key["words"]]);
    }
    AgencyRegistry registry = read_registry(root[plan_key["agencies"]]);
    std::vector<Priority> priorities;
    for (const Node& entry : root[plan_key["priorities"]].items()) {
        priorities.push_back(read_priority(entry, words.ids));
    }
    std::vector<Report> reports;
    std::set<int> years;
    const std::vector<Node> report_nodes = root[plan_key["reports"]].items();
    read_measures.resize(std::max(read_measures.size(), report_nodes.size()));
    for (std::size_t i = 0; i < report_nodes.size(); ++i) {
        const Node& entry = report_nodes[i];
        reports.push_back(
            read_report(entry, version, registry, words.ids, std::move(read_measures[i])));
        if (!years.insert(reports.back().year()).second) {
            entry[report_key["year"]].fail(
                "a second report for " + std::to_string(reports.back().year()),
                "en andra redovisning för " + std::to_string(reports.back().year()));
        }
    }
    return root.build([&] {
        return Plan(root[plan_key["title"]].text(), root[plan_key["first_year"]].year(),
                    root[plan_key["last_year"]].year(), std::move(registry), std::move(priorities),
                    std::move(reports), std::move(words));
    });
}

json write_plan(const Plan& plan) {
    json agencies = json::array();
    for (const auto& a : plan.agencies().agencies()) agencies.push_back(write_agency(a));
    json priorities = json::array();
    for (const auto& p : plan.priorities()) {
        priorities.push_back(write_priority(p, plan.words().ids));
    }
    json reports = json::array();
    for (const auto& [year, report] : plan.reports())
        reports.push_back(write_report(report, plan.words().ids));
    json out = {
        {plan_key["schema_version"], schema_version},
        {plan_key["title"], plan.title()},
        {plan_key["first_year"], plan.first_year()},
        {plan_key["last_year"], plan.last_year()},
    };
    // The plan's own words, only where they are not the 2019–2022 plan's.
    if (json words = write_words(plan.words()); !words.is_null())
        out[plan_key["words"]] = std::move(words);
    out[plan_key["agencies"]] = std::move(agencies);
    out[plan_key["priorities"]] = std::move(priorities);
    out[plan_key["reports"]] = std::move(reports);
    return out;
}

}  // namespace handlingsplan::detail
