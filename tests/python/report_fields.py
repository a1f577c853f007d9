"""What the chapter and Bilaga 1 print of a measure, field by field: what a report read back
from its printed form (PDF, pdftotext's text) must give again."""

from __future__ import annotations

import handlingsplan as hp


def marking(measure: hp.Measure) -> str:
    """The marking the chapter prints: the printed one, else the one the status gives."""
    return str(measure.chapter_marking or hp._core.chapter_marking_text(measure.status.kind))


def printed_fields(measure: hp.Measure) -> dict[str, object]:
    """What the chapter and Bilaga 1 print of a measure (an ended one is printed without its
    period and page, in Bilaga 1 only)."""
    status = measure.status
    active = status.is_active
    return {
        "title": measure.title,
        "description": measure.description,
        "agencies": measure.agencies.text,
        "roles": [(r.agency, r.role) for r in measure.agencies.roles],
        "period": str(measure.period) if active and measure.period is not None else None,
        "status": (
            status.kind,
            status.schedule_updated,
            status.content_updated,
            status.year,
            status.reason,
        ),
        "marking": marking(measure) if active else "",
        "appendix_title": measure.appendix_title,
        "appendix_agencies": measure.appendix_agencies,
        "page": measure.page if active else None,
    }
