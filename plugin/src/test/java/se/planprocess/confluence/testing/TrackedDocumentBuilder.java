package se.planprocess.confluence.testing;

import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.workflow.Workflows;

import java.time.Instant;
import java.util.Set;

/** {@code aFeedbackReport().forCommittee(2).withStatus(SUBMITTED).build()}; defaults: a draft of committee 1. */
public final class TrackedDocumentBuilder {
    private static long nextId = 1;

    private final long id;
    private long pageId;
    private String spaceKey = "HSN";
    private String title = "Återkopplingsrapport";
    private DocumentKind kind = DocumentKind.FEEDBACK_REPORT;
    private long cycleId = 1;
    private Long committeeId = 1L;
    private String status = Workflows.DRAFT;
    private Set<String> readySections = Set.of();
    private long version = 1;
    private TrackedDocument.State state = TrackedDocument.State.ACTIVE;
    private String templateVersion = ReportTemplates.V2024;

    private TrackedDocumentBuilder() {
        synchronized (TrackedDocumentBuilder.class) {
            id = nextId++;
        }
        pageId = 10_000 + id;
    }

    public static TrackedDocumentBuilder aFeedbackReport() {
        return new TrackedDocumentBuilder();
    }

    public static TrackedDocumentBuilder aDocument(DocumentKind kind) {
        return new TrackedDocumentBuilder().ofKind(kind);
    }

    public TrackedDocumentBuilder ofKind(DocumentKind kind) {
        this.kind = kind;
        this.status = KindCatalogue.builtIn().require(kind).workflow().initial().key();
        return this;
    }

    public TrackedDocumentBuilder withPageId(long pageId) {
        this.pageId = pageId;
        return this;
    }

    public TrackedDocumentBuilder withTitle(String title) {
        this.title = title;
        return this;
    }

    public TrackedDocumentBuilder inSpace(String spaceKey) {
        this.spaceKey = spaceKey;
        return this;
    }

    public TrackedDocumentBuilder forCycle(long cycleId) {
        this.cycleId = cycleId;
        return this;
    }

    public TrackedDocumentBuilder forCommittee(long committeeId) {
        this.committeeId = committeeId;
        return this;
    }

    public TrackedDocumentBuilder unassigned() {
        this.committeeId = null;
        return this;
    }

    public TrackedDocumentBuilder withStatus(String status) {
        this.status = status;
        return this;
    }

    public TrackedDocumentBuilder withReadySections(String... sections) {
        this.readySections = Set.of(sections);
        return this;
    }

    public TrackedDocumentBuilder withVersion(long version) {
        this.version = version;
        return this;
    }

    public TrackedDocumentBuilder trashed() {
        this.state = TrackedDocument.State.TRASHED;
        return this;
    }

    public TrackedDocument build() {
        return new TrackedDocument(id, pageId, spaceKey, title, kind, cycleId, committeeId, status, readySections,
                version, state, templateVersion, Instant.parse("2026-03-01T08:00:00Z"), "Anna Andersson");
    }
}
