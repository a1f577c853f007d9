#include "json_format.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <boost/date_time/gregorian/gregorian.hpp>

#include "handlingsplan/declaration.hpp"
#include "handlingsplan/json_io.hpp"

namespace handlingsplan::detail {
namespace {

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
    if (!node.has("kind")) node.expect_object({"kind"});
    const Node kind_node = node["kind"];
    const StatusKind kind = kind_node.build([&] { return parse_status_kind(kind_node.string()); });
    switch (kind) {
    case StatusKind::ongoing: node.expect_object({"kind"}); return Status::ongoing();
    case StatusKind::added: node.expect_object({"kind"}); return Status::added();
    case StatusKind::updated: {
        node.expect_object({"kind", "aspects"});
        bool schedule = false, content = false;
        for (const Node& aspect : node["aspects"].items()) {
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
        node.expect_object({"kind", "year"});
        return Status::completed(node["year"].year());
    case StatusKind::withdrawn:
        node.expect_object({"kind", "year", "reason"});
        return Status::withdrawn(node["year"].year(), node["reason"].string());
    }
    node.fail("unknown status", "okänd status");
}

json write_status(const Status& s) {
    json status = {{"kind", status_kind_text(s.kind())}};
    switch (s.kind()) {
    case StatusKind::updated:
        status["aspects"] = json::array();
        if (s.schedule_updated()) status["aspects"].push_back("tidplan");
        if (s.content_updated()) status["aspects"].push_back("innehåll");
        break;
    case StatusKind::completed: status["year"] = *s.year(); break;
    case StatusKind::withdrawn:
        status["year"] = *s.year();
        status["reason"] = s.reason();
        break;
    default: break;
    }
    return status;
}

// A measure's agencies: the phrase as printed and the roles it gives.

// Every agency of the roles must be in the plan's registry: one it does not hold would silently
// drop out of every question asked by agency.
Agencies read_agencies(const Node& node, const AgencyRegistry& registry) {
    node.expect_object({"text", "roles"});
    std::vector<AgencyRole> roles;
    for (const Node& entry : node["roles"].items()) {
        entry.expect_object({"agency", "role"});
        const Node agency = entry["agency"];
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
        const Node role = entry["role"];
        roles.push_back({name, role.build([&] { return parse_role(role.string()); })});
    }
    return node.build([&] { return Agencies(node["text"].text(), std::move(roles)); });
}

json write_agencies(const Agencies& agencies) {
    json out = {{"text", agencies.text()}, {"roles", json::array()}};
    for (const auto& entry : agencies.roles()) {
        out["roles"].push_back(json{{"agency", entry.agency}, {"role", role_text(entry.role)}});
    }
    return out;
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

// The keys of a measure's object, those always given and the others (a nested field by the key
// of its object), in the declared order.
struct MeasureKeys {
    std::vector<std::string_view> required, optional;
};

const MeasureKeys& measure_keys() {
    static const MeasureKeys keys = [] {
        MeasureKeys k;
        for (const FieldDeclaration& f : measure_fields) {
            auto& list = f.required ? k.required : k.optional;
            const std::string_view key = outer_key(f.key);
            if (std::find(list.begin(), list.end(), key) == list.end()) list.push_back(key);
        }
        return k;
    }();
    return keys;
}

}  // namespace

Measure read_measure(const Node& entry, const AgencyRegistry& registry) {
    const MeasureKeys& keys = measure_keys();
    entry.expect_object(keys.required, keys.optional);
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

// The Uppföljning chapter of a report: {"introduction", "notes": [{"title", "text"}],
// "results": [{"priority", "text"}]}, every part optional but one.

FollowUp read_follow_up(const Node& node) {
    node.expect_object({}, {"introduction", "notes", "results"});
    std::string introduction;
    if (node.has("introduction")) introduction = node["introduction"].text();
    std::vector<FollowUpNote> notes;
    if (node.has("notes")) {
        for (const Node& entry : node["notes"].items()) {
            entry.expect_object({"title", "text"});
            notes.push_back({entry["title"].text(), entry["text"].text()});
        }
    }
    std::map<int, std::string> results;
    if (node.has("results")) {
        for (const Node& entry : node["results"].items()) {
            entry.expect_object({"priority", "text"});
            const int priority = entry["priority"].integer(1, 999);
            if (!results.emplace(priority, entry["text"].text()).second) {
                entry["priority"].fail(
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

json write_follow_up(const FollowUp& follow_up) {
    json out = json::object();
    if (!follow_up.introduction().empty()) out["introduction"] = follow_up.introduction();
    if (!follow_up.notes().empty()) {
        json notes = json::array();
        for (const auto& note : follow_up.notes()) {
            notes.push_back(json{{"title", note.title}, {"text", note.text}});
        }
        out["notes"] = std::move(notes);
    }
    if (!follow_up.results().empty()) {
        json results = json::array();
        for (const auto& [priority, text] : follow_up.results()) {
            results.push_back(json{{"priority", priority}, {"text", text}});
        }
        out["results"] = std::move(results);
    }
    return out;
}

// A prose chapter of a report (schema version 4): {"heading", "blocks": [{"kind": "paragraph"
// or "heading", "text"} or {"kind": "bullets" or "numbered", "items": [...]}], and
// "carried_over_from" (a year) where the text is an earlier report's, unedited}.

ChapterBlock read_chapter_block(const Node& node) {
    if (!node.has("kind")) node.expect_object({"kind"});
    const Node kind_node = node["kind"];
    const ChapterBlockKind kind =
        kind_node.build([&] { return parse_chapter_block_kind(kind_node.string()); });
    if (kind == ChapterBlockKind::paragraph || kind == ChapterBlockKind::heading) {
        node.expect_object({"kind", "text"});
        const std::string text = node["text"].text();
        return node.build([&] {
            return kind == ChapterBlockKind::paragraph ? ChapterBlock::paragraph(text)
                                                       : ChapterBlock::heading(text);
        });
    }
    node.expect_object({"kind", "items"});
    std::vector<std::string> items;
    for (const Node& item : node["items"].items()) items.push_back(item.text());
    return node.build([&] {
        return kind == ChapterBlockKind::bullets ? ChapterBlock::bullets(items)
                                                 : ChapterBlock::numbered(items);
    });
}

json write_chapter_block(const ChapterBlock& block) {
    json out{{"kind", chapter_block_kind_text(block.kind())}};
    if (block.is_list()) {
        out["items"] = block.items();
    } else {
        out["text"] = block.text();
    }
    return out;
}

ProseChapter read_chapter(const Node& node) {
    node.expect_object({"heading", "blocks"}, {"carried_over_from"});
    std::vector<ChapterBlock> blocks;
    for (const Node& entry : node["blocks"].items()) blocks.push_back(read_chapter_block(entry));
    std::optional<int> carried;
    if (node.has("carried_over_from")) carried = node["carried_over_from"].year();
    const Node heading = node["heading"];
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
    json out{{"heading", chapter.heading()}, {"blocks", std::move(blocks)}};
    if (chapter.carried_over_from()) out["carried_over_from"] = *chapter.carried_over_from();
    return out;
}

std::vector<ProseChapter> read_chapters(const Node& node) {
    std::vector<ProseChapter> chapters;
    for (const Node& entry : node.items()) {
        chapters.push_back(read_chapter(entry));
        for (std::size_t i = 0; i + 1 < chapters.size(); ++i) {
            if (chapters[i].heading() == chapters.back().heading()) {
                entry["heading"].fail(
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
    node.expect_object({"date", "reason"});
    return {read_date(node["date"]), node["reason"].text()};
}

json write_reopening(const Reopening& r) {
    return {{"date", write_date(r.date)}, {"reason", r.reason}};
}

// Where a change came from: {"agency", "file", "sheet", "cell", "line", "read", "comment"},
// each written only where it is given (schema version 4).

ChangeSource read_source(const Node& node) {
    node.expect_object({}, {"agency", "file", "sheet", "cell", "line", "read", "comment"});
    SourceFields f;
    if (node.has("agency")) f.agency = node["agency"].text();
    if (node.has("file")) f.file = node["file"].text();
    if (node.has("sheet")) f.sheet = node["sheet"].text();
    if (node.has("cell")) f.cell = node["cell"].text();
    if (node.has("line")) f.line = node["line"].integer(1, 100'000'000);
    if (node.has("read")) f.read = read_date(node["read"]);
    if (node.has("comment")) f.comment = node["comment"].text();
    return node.build([&] { return ChangeSource(std::move(f)); });
}

json write_source(const ChangeSource& source) {
    json out = json::object();
    const SourceFields& f = source.fields();
    if (!f.agency.empty()) out["agency"] = f.agency;
    if (!f.file.empty()) out["file"] = f.file;
    if (!f.sheet.empty()) out["sheet"] = f.sheet;
    if (!f.cell.empty()) out["cell"] = f.cell;
    if (f.line) out["line"] = *f.line;
    if (f.read) out["read"] = write_date(*f.read);
    if (!f.comment.empty()) out["comment"] = f.comment;
    return out;
}

// A recorded change: {"measure", "part", "before", "after", "source"?, "note"?}.

RecordedChange read_change(const Node& node) {
    node.expect_object({"measure", "part", "before", "after"}, {"source", "note"});
    const Node id_node = node["measure"];
    const MeasureId id = id_node.build([&] { return MeasureId::parse(id_node.string()); });
    const Node part_node = node["part"];
    const ChangedPart part =
        part_node.build([&] { return parse_changed_part(part_node.string()); });
    Provenance provenance;
    if (node.has("source")) provenance.source = read_source(node["source"]);
    if (node.has("note")) provenance.note = node["note"].text();
    return node.build([&] {
        return RecordedChange(id, part, node["before"].string(), node["after"].string(),
                              std::move(provenance));
    });
}

json write_change(const RecordedChange& change) {
    json out = {{"measure", change.measure().to_string()},
                {"part", changed_part_name(change.part())},
                {"before", change.before()},
                {"after", change.after()}};
    if (change.source()) out["source"] = write_source(*change.source());
    if (!change.note().empty()) out["note"] = change.note();
    return out;
}

// An entry of the form register: {"agency", "event", "file", "date"?}.

FormEntry read_form_entry(const Node& node, const AgencyRegistry& registry) {
    node.expect_object({"agency", "event", "file"}, {"date"});
    const Node agency = node["agency"];
    const std::string name = agency.text();
    if (!registry.contains(name)) {
        const auto near = registry.closest_name(name);
        agency.fail("the agency \"" + name + "\" is not in the plan's registry" +
                        (near ? "; did you mean \"" + *near + "\"?" : ""),
                    "myndigheten \"" + name + "\" finns inte i planens register" +
                        (near ? "; menade du \"" + *near + "\"?" : ""));
    }
    const Node event_node = node["event"];
    const FormEvent event = event_node.build([&] { return parse_form_event(event_node.string()); });
    std::optional<boost::gregorian::date> on;
    if (node.has("date")) on = read_date(node["date"]);
    return node.build([&] { return FormEntry(name, event, node["file"].text(), on); });
}

json write_form_entry(const FormEntry& entry) {
    json out = {{"agency", entry.agency()},
                {"event", form_event_name(entry.event())},
                {"file", entry.file()}};
    if (entry.on()) out["date"] = write_date(*entry.on());
    return out;
}

Report read_report(const Node& report_node, int version, const AgencyRegistry& registry,
                   IdStyle ids, std::vector<Measure> measures) {
    // Version 1 knew no drafts: every report in such a file was submitted.
    // Version 4 added the recorded changes, the form register and the prose chapters.
    if (version == 1) {
        report_node.expect_object({"year", "submitted", "measures"}, {"follow_up"});
    } else if (version < 4) {
        report_node.expect_object({"year", "submitted", "state", "measures"},
                                  {"reopenings", "follow_up"});
    } else {
        report_node.expect_object({"year", "submitted", "state", "measures"},
                                  {"reopenings", "follow_up", "changes", "forms", "chapters"});
    }
    const int year = report_node["year"].year();
    const Node node = report_node.in_context("report " + std::to_string(year));
    const auto submitted = read_date(node["submitted"]);
    ReportState state = ReportState::final;
    std::vector<Reopening> reopenings;
    if (version > 1) {
        const Node state_node = node["state"];
        state = state_node.build([&] { return parse_report_state(state_node.string()); });
        if (node.has("reopenings")) {
            for (const Node& entry : node["reopenings"].items()) {
                reopenings.push_back(read_reopening(entry));
            }
        }
    }
    // Measures read in one pass have no nodes left to say where one is listed twice: the
    // Report refuses that, and the careful read, reading them here, says where.
    if (!measures.empty() && !node["measures"].items().empty()) {
        // The one-pass read takes every object of the list as it closes; anything it left in
        // the document (a string, number, null or boolean) is no measure, and is never skipped:
        // the careful read, reading the list here, says where.
        node["measures"].fail("an element of the measures that is not an object",
                              "ett element bland åtgärderna som inte är ett objekt");
    }
    // A measure read in one pass whose id is written otherwise than the plan's: the careful
    // read, below, says which.
    for (const auto& measure : measures) {
        if (measure.id().style() != ids) {
            node["measures"].fail("an id written otherwise", "ett nummer skrivet på annat sätt");
        }
    }
    if (measures.empty()) {
        std::set<MeasureId> seen;
        for (const Node& entry : node["measures"].items()) {
            measures.push_back(read_measure(entry, registry));
            const MeasureId& id = measures.back().id();
            if (id.style() != ids) {
                const std::string written(id_style_text(id.style()));
                const std::string plans(id_style_text(ids));
                const std::string example = MeasureId(1, 1, 1, ids).to_string();
                entry["id"].fail(
                    "measure " + id.to_string() + " is written with " + written +
                        ", but the plan writes its ids with " + plans + " (\"" + example + "\")",
                    "åtgärd " + id.to_string() + " skrivs med " + written +
                        ", men planen skriver sina nummer med " + plans + " (\"" + example + "\")");
            }
            if (!seen.insert(measures.back().id()).second) {
                entry["id"].fail("measure " + measures.back().id().to_string() +
                                     " is listed twice in this report",
                                 "åtgärd " + measures.back().id().to_string() +
                                     " står två gånger i redovisningen");
            }
        }
    }
    FollowUp follow_up;
    if (node.has("follow_up")) follow_up = read_follow_up(node["follow_up"]);
    std::vector<RecordedChange> changes;
    if (node.has("changes")) {
        for (const Node& entry : node["changes"].items()) changes.push_back(read_change(entry));
    }
    std::vector<FormEntry> forms;
    if (node.has("forms")) {
        for (const Node& entry : node["forms"].items()) {
            forms.push_back(read_form_entry(entry, registry));
        }
    }
    std::vector<ProseChapter> chapters;
    if (node.has("chapters")) chapters = read_chapters(node["chapters"]);
    return node.build([&] {
        return Report(year, submitted, std::move(measures), state, std::move(reopenings),
                      std::move(follow_up), std::move(changes), std::move(forms),
                      std::move(chapters));
    });
}

json write_report(const Report& report) {
    json measures = json::array();
    for (const auto& m : report.measures()) measures.push_back(write_measure(m));
    json out = {{"year", report.year()},
                {"submitted", write_date(report.submitted())},
                {"state", report_state_text(report.state())}};
    if (!report.reopenings().empty()) {
        json reopenings = json::array();
        for (const auto& r : report.reopenings()) reopenings.push_back(write_reopening(r));
        out["reopenings"] = std::move(reopenings);
    }
    if (!report.follow_up().empty()) out["follow_up"] = write_follow_up(report.follow_up());
    if (!report.chapters().empty()) {
        json chapters = json::array();
        for (const auto& chapter : report.chapters()) chapters.push_back(write_chapter(chapter));
        out["chapters"] = std::move(chapters);
    }
    out["measures"] = std::move(measures);
    if (!report.changes().empty()) {
        json changes = json::array();
        for (const auto& change : report.changes()) changes.push_back(write_change(change));
        out["changes"] = std::move(changes);
    }
    if (!report.forms().empty()) {
        json forms = json::array();
        for (const auto& entry : report.forms()) forms.push_back(write_form_entry(entry));
        out["forms"] = std::move(forms);
    }
    return out;
}

// A strategic priority with its objectives. Its number is written as the plan writes its ids:
// 1 or "A" (version 5).

Priority read_priority(const Node& node, IdStyle style) {
    node.expect_object({"number", "title", "objectives"});
    const Node number_node = node["number"];
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
    std::vector<Objective> objectives;
    for (const Node& entry : node["objectives"].items()) {
        entry.expect_object({"id", "text"});
        const Node id = entry["id"];
        objectives.push_back(
            {id.build([&] { return ObjectiveId::parse(id.string()); }), entry["text"].text()});
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
    return node.build(
        [&] { return Priority(number, node["title"].text(), std::move(objectives)); });
}

json write_priority(const Priority& p, IdStyle style) {
    json objectives = json::array();
    for (const auto& o : p.objectives()) {
        objectives.push_back(json{{"id", o.id.to_string()}, {"text", o.text}});
    }
    json number =
        style == IdStyle::letters ? json(priority_label(p.number(), style)) : json(p.number());
    return {
        {"number", std::move(number)}, {"title", p.title()}, {"objectives", std::move(objectives)}};
}

// The plan's own words (version 5): every key optional, the 2019–2022 plan's where absent; only
// the words that differ from those are written.

// The keys of "words.levels" and "words.appendix", each with its member.
const std::pair<std::string_view, std::string LevelWords::*> level_keys[] = {
    {"priority", &LevelWords::priority},
    {"objective", &LevelWords::objective},
    {"measure", &LevelWords::measure},
    {"measures", &LevelWords::measures},
};
const std::pair<std::string_view, std::string AppendixWords::*> appendix_keys[] = {
    {"title", &AppendixWords::title},
    {"intro", &AppendixWords::intro},
    {"current", &AppendixWords::current},
    {"completed", &AppendixWords::completed},
    {"withdrawn", &AppendixWords::withdrawn},
    {"number_column", &AppendixWords::number_column},
    {"measure_column", &AppendixWords::measure_column},
    {"agencies_column", &AppendixWords::agencies_column},
    {"status_column", &AppendixWords::status_column},
    {"page_column", &AppendixWords::page_column},
    {"completed_column", &AppendixWords::completed_column},
    {"withdrawn_column", &AppendixWords::withdrawn_column},
    {"empty", &AppendixWords::empty},
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
    node.expect_object({}, {"levels", "ids", "appendix"});
    PlanWords words;
    if (node.has("levels")) read_word_group(node["levels"], words.levels, level_keys);
    if (node.has("ids")) {
        const Node ids = node["ids"];
        words.ids = ids.build([&] { return parse_id_style(ids.string()); });
    }
    if (node.has("appendix")) read_word_group(node["appendix"], words.appendix, appendix_keys);
    return words;
}

// Null where the plan's words are the standard ones (the key is then left out).
json write_words(const PlanWords& words) {
    const PlanWords& standard = PlanWords::standard();
    json out = json::object();
    json levels = write_word_group(words.levels, standard.levels, level_keys);
    if (!levels.empty()) out["levels"] = std::move(levels);
    if (words.ids != standard.ids) out["ids"] = std::string(id_style_text(words.ids));
    json appendix = write_word_group(words.appendix, standard.appendix, appendix_keys);
    if (!appendix.empty()) out["appendix"] = std::move(appendix);
    return out.empty() ? json(nullptr) : out;
}

// An agency of the plan's registry.

Agency read_agency(const Node& node) {
    node.expect_object({"short_name", "name", "samfi"}, {"aliases", "successor", "units"});
    std::vector<std::string> aliases;
    if (node.has("aliases")) {
        for (const Node& alias : node["aliases"].items()) aliases.push_back(alias.text());
    }
    std::optional<AgencySuccessor> successor;
    if (node.has("successor")) {  // schema version 3
        const Node next = node["successor"];
        next.expect_object({"short_name", "name", "since"}, {});
        successor = AgencySuccessor{next["short_name"].text(), next["name"].text(),
                                    read_date(next["since"])};
    }
    std::vector<AgencyUnit> units;
    if (node.has("units")) {  // schema version 4
        for (const Node& entry : node["units"].items()) {
            entry.expect_object({"short_name", "name"}, {"aliases"});
            AgencyUnit unit{entry["short_name"].text(), entry["name"].text(), {}};
            if (entry.has("aliases")) {
                for (const Node& alias : entry["aliases"].items())
                    unit.aliases.push_back(alias.text());
            }
            units.push_back(std::move(unit));
        }
    }
    return node.build([&] {
        return Agency(node["short_name"].text(), node["name"].text(), node["samfi"].boolean(),
                      std::move(aliases), std::move(successor), std::move(units));
    });
}

json write_agency(const Agency& a) {
    json agency{{"short_name", a.short_name()}, {"name", a.name()}, {"samfi", a.samfi()}};
    if (!a.aliases().empty()) agency["aliases"] = a.aliases();  // written only where there are some
    if (const auto& next = a.successor()) {
        agency["successor"] = json{{"short_name", next->short_name},
                                   {"name", next->name},
                                   {"since", write_date(next->since)}};
    }
    if (!a.units().empty()) {
        json units = json::array();
        for (const auto& unit : a.units()) {
            json entry{{"short_name", unit.short_name}, {"name", unit.name}};
            if (!unit.aliases.empty()) entry["aliases"] = unit.aliases;
            units.push_back(std::move(entry));
        }
        agency["units"] = std::move(units);
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
    root.expect_object(
        {"schema_version", "title", "first_year", "last_year", "agencies", "priorities", "reports"},
        {"words", "activities"});
    const Node version_node = root["schema_version"];
    const int version = version_node.integer(0, 1'000'000);
    if (version < 1 || version > schema_version) {
        version_node.fail("this version of handlingsplan reads schema_version 1 to " +
                              std::to_string(schema_version),
                          "den här versionen av handlingsplan läser schema_version 1 till " +
                              std::to_string(schema_version));
    }
    PlanWords words;  // before version 5, and where the file gives none: the 2019–2022 plan's
    if (root.has("words")) {
        if (version < 5) {
            root["words"].fail("the plan's own words need schema_version 5",
                               "planens egna ord kräver schema_version 5");
        }
        words = read_words(root["words"]);
    }
    AgencyRegistry registry = read_registry(root["agencies"]);
    std::vector<Priority> priorities;
    for (const Node& entry : root["priorities"].items()) {
        priorities.push_back(read_priority(entry, words.ids));
    }
    std::vector<Report> reports;
    std::set<int> years;
    const std::vector<Node> report_nodes = root["reports"].items();
    read_measures.resize(std::max(read_measures.size(), report_nodes.size()));
    for (std::size_t i = 0; i < report_nodes.size(); ++i) {
        const Node& entry = report_nodes[i];
        reports.push_back(
            read_report(entry, version, registry, words.ids, std::move(read_measures[i])));
        if (!years.insert(reports.back().year()).second) {
            entry["year"].fail("a second report for " + std::to_string(reports.back().year()),
                               "en andra redovisning för " + std::to_string(reports.back().year()));
        }
    }
    return root.build([&] {
        return Plan(root["title"].text(), root["first_year"].year(), root["last_year"].year(),
                    std::move(registry), std::move(priorities), std::move(reports),
                    std::move(words));
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
    for (const auto& [year, report] : plan.reports()) reports.push_back(write_report(report));
    json out = {
        {"schema_version", schema_version},
        {"title", plan.title()},
        {"first_year", plan.first_year()},
        {"last_year", plan.last_year()},
    };
    // The plan's own words, only where they are not the 2019–2022 plan's.
    if (json words = write_words(plan.words()); !words.is_null()) out["words"] = std::move(words);
    out["agencies"] = std::move(agencies);
    out["priorities"] = std::move(priorities);
    out["reports"] = std::move(reports);
    return out;
}

}  // namespace handlingsplan::detail
