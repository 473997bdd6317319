package se.planprocess.confluence.administration.page;

import java.util.List;

/**
 * What the administration page shows, as plain values (turned into maps only at the Velocity edge). Texts are in the
 * user's language; field ids and the fields' API names ({@code phases[2].end}) are the template's to tie labels and
 * errors to.
 */
record AdminPageView(AdminNav nav, String restBase, String pageUrl, boolean administrator, String processOwnerGroup,
                     List<CycleRow> cycles, List<Option> templates, int suggestedYear, Editor editor) {

    record CycleRow(long id, String name, int planYear, boolean archived, long version, String editUrl,
                    boolean selected, boolean copyable) {
    }

    record Option(String value, String label, boolean selected) {
    }

    record OptionGroup(String label, List<Option> options) {
    }

    record Editor(long id, long version, boolean archived, String name, String nameSv, String nameEn,
                  int horizonYears, int planYear, List<VersionField> templateVersions, List<PhaseRow> phases,
                  List<MilestoneRow> milestones, List<AuditRow> audit, boolean hasAudit) {
    }

    record VersionField(String kind, String label, List<Option> options) {
    }

    record PhaseRow(int index, String key, String nameSv, String nameEn, String start, String end,
                    boolean parallel) {
    }

    record MilestoneRow(int index, String key, String nameSv, String nameEn, String date, List<Option> phases,
                        List<Option> kinds, List<OptionGroup> statuses, List<Option> committees) {
    }

    record AuditRow(long version, String at, String actor, String action, List<String> details,
                    boolean hasDetails) {
    }
}
