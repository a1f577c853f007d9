#include "handlingsplan/measure.hpp"

#include <algorithm>
#include <type_traits>

#include "handlingsplan/declaration.hpp"
#include "handlingsplan/errors.hpp"
#include "text.hpp"

namespace handlingsplan {

void check_page(int page) {
    if (page < min_page || page > max_page) {
        throw InvalidValue("a page number is from " + std::to_string(min_page) + " to " +
                               std::to_string(max_page) + ", got " + std::to_string(page),
                           "ett sidnummer är från " + std::to_string(min_page) + " till " +
                               std::to_string(max_page) + ", inte " + std::to_string(page));
    }
}

Measure::Measure(MeasureFields fields)
    : id_(std::move(fields.id)),
      texts_(std::make_shared<const Texts>(Texts{
          .title = std::move(fields.title),
          .description = std::move(fields.description),
          .agencies = std::move(fields.agencies),
          .appendix_title = std::move(fields.appendix_title),
          .appendix_agencies = std::move(fields.appendix_agencies),
      })),
      period_(std::move(fields.period)),
      page_(fields.page),
      status_(std::move(fields.status)),
      chapter_marking_(fields.chapter_marking) {
    check_texts();
    check_report_fields();
}

Measure Measure::carried_on(std::optional<Period> period, std::optional<int> page, Status status,
                            std::optional<StatusKind> chapter_marking) const {
    Measure carried = *this;  // the texts shared, already checked
    carried.period_ = std::move(period);
    carried.page_ = page;
    carried.status_ = std::move(status);
    carried.chapter_marking_ = chapter_marking;
    carried.check_report_fields();
    return carried;
}

void Measure::check_texts() const {
    const auto of_measure = [this](const char* what) {
        return [this, what] { return std::string(what) + " of measure " + id_.to_string(); };
    };
    const Texts& t = *texts_;
    detail::require_text(t.title, of_measure("the title"));
    detail::require_utf8(t.description, of_measure("the description"));
    detail::require_text(t.agencies.text(), of_measure("the agency text"));
    if (t.appendix_title) detail::require_text(*t.appendix_title, of_measure("the appendix title"));
    if (t.appendix_agencies) {
        detail::require_text(*t.appendix_agencies, of_measure("the appendix agency text"));
    }
    if (t.appendix_title && *t.appendix_title == t.title) {
        throw InvalidValue(
            "measure " + id_.to_string() + ": the appendix title repeats the title; store it once",
            "bilagans rubrik upprepar rubriken; spara den en gång");
    }
    if (t.appendix_agencies && *t.appendix_agencies == t.agencies.text()) {
        throw InvalidValue("measure " + id_.to_string() +
                               ": the appendix agency text repeats the agency text; store it once",
                           "bilagans myndighetstext upprepar myndighetstexten; spara den en gång");
    }
}

void Measure::check_report_fields() const {
    // The id's text only for a complaint: a plan holds hundreds of thousands of measures.
    const auto id = [this] { return id_.to_string(); };
    if (page_) {
        try {
            check_page(*page_);
        } catch (const InvalidValue& e) {
            throw InvalidValue("measure " + id() + ": " + e.what(), e.swedish());
        }
    }
    if (chapter_marking_ && *chapter_marking_ != StatusKind::added &&
        *chapter_marking_ != StatusKind::updated) {
        throw InvalidValue(
            "measure " + id() +
                ": the chapter marks a measure only as \"Ny åtgärd\" or \"Uppdaterad\"",
            "kapitlet markerar en åtgärd bara som \"Ny åtgärd\" eller \"Uppdaterad\"");
    }
}

const std::string& Measure::title_in_appendix() const noexcept {
    return texts_->appendix_title ? *texts_->appendix_title : texts_->title;
}

const std::string& Measure::agencies_in_appendix() const noexcept {
    return texts_->appendix_agencies ? *texts_->appendix_agencies : texts_->agencies.text();
}

MeasureFields Measure::fields() const {
    return MeasureFields{.id = id_,
                         .title = texts_->title,
                         .description = texts_->description,
                         .agencies = texts_->agencies,
                         .period = period_,
                         .page = page_,
                         .status = status_,
                         .chapter_marking = chapter_marking_,
                         .appendix_title = texts_->appendix_title,
                         .appendix_agencies = texts_->appendix_agencies};
}

bool Measure::operator==(const Measure& other) const noexcept {
    return id_ == other.id_ && period_ == other.period_ && page_ == other.page_ &&
           status_ == other.status_ && chapter_marking_ == other.chapter_marking_ &&
           (shares_texts(other) || *texts_ == *other.texts_);
}

Measure Measure::replace(const std::vector<MeasureChange>& changes) const {
    MeasureFields fields = this->fields();
    for (const MeasureChange& change : changes) {
        const auto* declared =
            std::find_if(std::begin(measure_members), std::end(measure_members),
                         [&](const MeasureMemberDeclaration& d) { return d.name == change.field; });
        if (declared == std::end(measure_members)) {
            field(entity("measure"), change.field);  // NotFound with the nearest name
        }
        std::visit(
            [&](auto member) {
                using Type = std::remove_reference_t<decltype(fields.*member)>;
                const auto* value = std::get_if<Type>(&change.value);
                if (value == nullptr) {
                    throw InvalidValue("measure " + id_.to_string() + ": the field " +
                                       change.field + " takes another kind of value");
                }
                fields.*member = *value;
            },
            declared->member);
    }
    return Measure(std::move(fields));
}

}  // namespace handlingsplan
