// A yearly report (redovisning): a snapshot of every measure of the plan with its status.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include "handlingsplan/follow_up.hpp"
#include "handlingsplan/measure.hpp"

namespace handlingsplan {

// Selects measures; every criterion that is set must hold.
struct MeasureFilter {
    std::optional<int> priority;
    std::optional<ObjectiveId> objective;
    std::optional<std::string> agency;   // short name: the measure names this agency ...
    std::optional<Role> role;            // ... in this role (alone: any agency in this role)
    std::optional<StatusKind> status;
    std::optional<int> active_in;        // still active and its period includes this year

    bool matches(const Measure& measure) const;
};

class Report {
public:
    // Measures are kept in numeric id order; a repeated id throws InvalidValue.
    // `follow_up`: the report's Uppföljning chapter (empty where it has none).
    Report(int year, boost::gregorian::date submitted, std::vector<Measure> measures = {},
           FollowUp follow_up = {});

    // Reports are due 1 March of their year.
    static boost::gregorian::date due_date(int year);

    int year() const noexcept { return year_; }
    const boost::gregorian::date& submitted() const noexcept { return submitted_; }
    const std::vector<Measure>& measures() const noexcept { return measures_; }
    std::vector<const Measure*> select(const MeasureFilter& filter) const;

    const Measure* find(const MeasureId& id) const noexcept;
    const Measure& at(const MeasureId& id) const;  // NotFound
    bool contains(const MeasureId& id) const noexcept { return find(id) != nullptr; }
    std::size_t size() const noexcept { return measures_.size(); }

    std::map<StatusKind, std::size_t> count_by_status() const;
    const FollowUp& follow_up() const noexcept { return follow_up_; }

    bool operator==(const Report&) const = default;

private:
    friend class Plan;  // edits go through the plan, which enforces the plan's rules
    // Inserts the measure, or replaces the one with its id, keeping the id order.
    void put(Measure measure);

    int year_;
    boost::gregorian::date submitted_;
    std::vector<Measure> measures_;
    FollowUp follow_up_;
};

}  // namespace handlingsplan
