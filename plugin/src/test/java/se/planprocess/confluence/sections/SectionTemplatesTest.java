package se.planprocess.confluence.sections;

import org.junit.jupiter.api.Test;
import se.planprocess.confluence.document.Actor;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.process.InvalidValueException.Rule;
import se.planprocess.confluence.report.ReportSection;
import se.planprocess.confluence.report.ReportTemplate;
import se.planprocess.confluence.report.ReportTemplates;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeping the section templates: the two built-in wordings are the first versions and never change, a new version is
 * a copy reworded section by section, the keys are the kind's, every change is recorded, and bad input writes nothing.
 */
class SectionTemplatesTest {
    private static final DocumentKind REPORT = DocumentKind.FEEDBACK_REPORT;
    private static final Actor EKONOM = new Actor("ekonom", "Controller Ekonomistaben", true);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    private final InMemoryTemplateStore store = new InMemoryTemplateStore();
    private final SectionTemplates target = new SectionTemplates(KindCatalogue.builtIn(), store, CLOCK);

    @Test
    void theBuiltInWordings_areTheFirstTwoVersions_currentFirst() {
        assertEquals(List.of("2024", "2021"), target.current().versionKeys(REPORT));
        assertTrue(target.current().find(REPORT, "2021").orElseThrow().builtIn());
        assertEquals(List.of(), target.current().versions(DocumentKind.MEETING));
    }

    @Test
    void aCopyOf2024_rewordedHeading_isServedForItsVersion_andOtherVersionsKeepTheirs() {
        TemplateVersion copy = target.copy(REPORT, "2024", "2026", EKONOM);
        assertEquals(1, copy.revision());
        assertEquals("2024", copy.basedOn());

        TemplateVersion saved = target.update(REPORT, "2026", 1,
                drafts(copy.template(), 0, d -> withHeadingSv(d, "Nämndens bidrag till regionens mål")), EKONOM);

        assertEquals(2, saved.revision());
        TemplateSet set = target.current();
        assertEquals(List.of("2024", "2021", "2026"), set.versionKeys(REPORT));
        assertEquals("Nämndens bidrag till regionens mål",
                set.template(REPORT, "2026").orElseThrow().sections().get(0).heading().sv());
        assertEquals(ReportTemplates.TEMPLATE_2024, set.template(REPORT, "2024").orElseThrow());
        assertEquals(ReportTemplates.TEMPLATE_2024.sections().stream().map(ReportSection::key).toList(),
                set.template(REPORT, "2026").orElseThrow().sections().stream().map(ReportSection::key).toList());
        TemplateChange change = target.history(REPORT, "2026").get(0);
        assertEquals(TemplateChange.Action.UPDATED, change.action());
        assertEquals("Controller Ekonomistaben", change.actorName());
        assertEquals(CLOCK.instant(), change.at());
        assertEquals(List.of("sections[goals].headingSv: Nämndens bidrag till fullmäktiges mål → "
                + "Nämndens bidrag till regionens mål"), change.details());
    }

    @Test
    void anUnknownVersion_fallsBackToTheCurrentBuiltInWording() {
        assertEquals(ReportTemplates.TEMPLATE_2024, target.current().templateFor(REPORT, "1999").orElseThrow());
        assertEquals(ReportTemplates.TEMPLATE_2024, target.current().templateFor(REPORT, null).orElseThrow());
    }

    @Test
    void anEmptyHeading_aTenThousandCharacterHeading_andAControlCharacter_areRefusedNamingTheField() {
        ReportTemplate base = target.copy(REPORT, "2024", "2027", EKONOM).template();
        int before = store.changeCount();

        assertRefused("sections[1].headingSv", Rule.BLANK, drafts(base, 1, d -> withHeadingSv(d, "  ")));
        assertRefused("sections[2].headingSv", Rule.TOO_LONG, drafts(base, 2, d -> withHeadingSv(d, "Å".repeat(10_000))));
        assertRefused("sections[0].headingSv", Rule.CONTROL_CHARACTERS,
                drafts(base, 0, d -> withHeadingSv(d, "Mål\u0007")));
        assertRefused("sections[0].headingEn", Rule.CONTROL_CHARACTERS,
                drafts(base, 0, d -> new SectionDraft(d.key(), d.headingSv(), "Goals\nand more", d.guidanceSv(),
                        d.guidanceEn())));
        assertRefused("sections[3].guidanceSv", Rule.BLANK,
                drafts(base, 3, d -> new SectionDraft(d.key(), d.headingSv(), d.headingEn(), "", d.guidanceEn())));

        assertEquals(before, store.changeCount());
        assertEquals(base, target.current().template(REPORT, "2027").orElseThrow());
    }

    @Test
    void guidance_mayHoldLineBreaks() {
        ReportTemplate base = target.copy(REPORT, "2024", "2028", EKONOM).template();
        TemplateVersion saved = target.update(REPORT, "2028", 1, drafts(base, 0,
                d -> new SectionDraft(d.key(), d.headingSv(), d.headingEn(), "Rad ett\r\nRad två", d.guidanceEn())),
                EKONOM);
        assertEquals("Rad ett\nRad två", saved.template().sections().get(0).guidance().sv());
    }

    @Test
    void sectionKeys_cannotBeRenamedRemovedOrReordered() {
        ReportTemplate base = target.copy(REPORT, "2021", "2029", EKONOM).template();
        assertRefused("sections[4].key", Rule.SECTION_KEYS,
                drafts(base, 4, d -> new SectionDraft("budget", d.headingSv(), d.headingEn(), d.guidanceSv(),
                        d.guidanceEn())));
        List<SectionDraft> fewer = new ArrayList<>(drafts(base, 0, d -> d));
        fewer.remove(6);
        assertRefused("sections", Rule.SECTION_KEYS, fewer);
    }

    @Test
    void aDuplicateOrMalformedVersionKey_isRefused_onVersion() {
        target.copy(REPORT, "2024", "2030", EKONOM);
        int before = store.changeCount();
        InvalidValueException duplicate = assertThrows(InvalidValueException.class,
                () -> target.copy(REPORT, "2021", "2030", EKONOM));
        assertEquals("version", duplicate.field());
        assertEquals(Rule.DUPLICATE_KEY, duplicate.rule());
        assertEquals(Rule.DUPLICATE_KEY, assertThrows(InvalidValueException.class,
                () -> target.copy(REPORT, "2030", "2024", EKONOM)).rule());
        assertEquals(Rule.TEMPLATE_VERSION_FORMAT, assertThrows(InvalidValueException.class,
                () -> target.copy(REPORT, "2024", "20 26", EKONOM)).rule());
        assertEquals(Rule.TEMPLATE_VERSION_FORMAT, assertThrows(InvalidValueException.class,
                () -> target.copy(REPORT, "2024", "../x", EKONOM)).rule());
        assertEquals(Rule.BLANK, assertThrows(InvalidValueException.class,
                () -> target.copy(REPORT, "2024", "", EKONOM)).rule());
        assertEquals(before, store.changeCount());
    }

    @Test
    void aBuiltInVersion_isNeverChanged_andAnUnknownOneIsNotFound() {
        DocumentException builtIn = assertThrows(DocumentException.class, () -> target.update(REPORT, "2024", 0,
                drafts(ReportTemplates.TEMPLATE_2024, 0, d -> withHeadingSv(d, "Annat")), EKONOM));
        assertEquals(Problem.BUILT_IN_TEMPLATE, builtIn.problem());
        assertEquals(Problem.UNKNOWN_SECTION_TEMPLATE, assertThrows(DocumentException.class,
                () -> target.copy(REPORT, "1999", "2031", EKONOM)).problem());
        assertEquals(Problem.UNKNOWN_SECTION_TEMPLATE, assertThrows(DocumentException.class,
                () -> target.copy(DocumentKind.MEETING, "2024", "2031", EKONOM)).problem());
        assertFalse(target.current().find(REPORT, "2031").isPresent());
    }

    @Test
    void aSaveOnAStaleRevision_isRefused_namingWhoSavedFirst() {
        ReportTemplate base = target.copy(REPORT, "2024", "2032", EKONOM).template();
        target.update(REPORT, "2032", 1, drafts(base, 0, d -> withHeadingSv(d, "Först")),
                new Actor("annan", "Annan Ekonom", true));
        TemplateConflictException conflict = assertThrows(TemplateConflictException.class,
                () -> target.update(REPORT, "2032", 1, drafts(base, 0, d -> withHeadingSv(d, "Sedan")), EKONOM));
        assertEquals("Annan Ekonom", conflict.latest().actorName());
        assertEquals("Först", target.current().template(REPORT, "2032").orElseThrow().sections().get(0).heading().sv());
    }

    @Test
    void aSaveThatChangesNothing_recordsNothing() {
        ReportTemplate base = target.copy(REPORT, "2024", "2033", EKONOM).template();
        int before = store.changeCount();
        assertEquals(1, target.update(REPORT, "2033", 1, drafts(base, 0, d -> d), EKONOM).revision());
        assertEquals(before, store.changeCount());
    }

    /** The template's sections as drafts, the one at {@code index} changed. */
    static List<SectionDraft> drafts(ReportTemplate template, int index, UnaryOperator<SectionDraft> change) {
        List<SectionDraft> drafts = new ArrayList<>();
        for (int i = 0; i < template.sections().size(); i++) {
            ReportSection s = template.sections().get(i);
            SectionDraft draft = new SectionDraft(s.key(), s.heading().sv(), s.heading().en(), s.guidance().sv(),
                    s.guidance().en());
            drafts.add(i == index ? change.apply(draft) : draft);
        }
        return drafts;
    }

    static SectionDraft withHeadingSv(SectionDraft d, String heading) {
        return new SectionDraft(d.key(), heading, d.headingEn(), d.guidanceSv(), d.guidanceEn());
    }

    private void assertRefused(String field, Rule rule, List<SectionDraft> drafts) {
        long revision = target.current().find(REPORT, lastVersion()).orElseThrow().revision();
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> target.update(REPORT, lastVersion(), revision, drafts, EKONOM));
        assertEquals(field, refused.field());
        assertEquals(rule, refused.rule());
    }

    private String lastVersion() {
        List<String> keys = target.current().versionKeys(REPORT);
        return keys.get(keys.size() - 1);
    }
}
