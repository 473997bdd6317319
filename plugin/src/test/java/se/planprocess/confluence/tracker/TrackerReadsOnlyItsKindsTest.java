package se.planprocess.confluence.tracker;

import org.junit.jupiter.api.Test;
import se.planprocess.confluence.document.DocumentRepository;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.confluence.testing.Clocks;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The tracker reads the index for its columns' kinds only: a cycle's meeting pages (thousands in a region) are never
 * read to be thrown away.
 */
class TrackerReadsOnlyItsKindsTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();

    @Test
    void theTrackersIndexRead_asksForTheColumnsKinds_only() {
        AoFixture fixture = AoFixture.on(AoTestDatabase.H2, DATABASES);
        List<List<Object>> reads = new ArrayList<>();
        DocumentRepository recording = (DocumentRepository) Proxy.newProxyInstance(
                DocumentRepository.class.getClassLoader(), new Class<?>[] {DocumentRepository.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("find")) {
                        List<Object> read = new ArrayList<>(List.of(method.getName()));
                        read.addAll(Arrays.asList(args));
                        reads.add(read);
                    }
                    try {
                        return method.invoke(fixture.documents, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        ProcessCalendar calendar = new ProcessCalendar(Clocks.fixedAt("2027-04-20T10:00:00+02:00"),
                KindCatalogue.builtIn());
        TrackerService target = new TrackerService(fixture.cycles, fixture.committees, recording,
                documentIds -> Map.of(), calendar, KindCatalogue.builtIn());
        Set<DocumentKind> columns = new Tracker(calendar, KindCatalogue.builtIn()).deliverables(fixture.cycle).stream()
                .map(Deliverable::kind).collect(Collectors.toSet());

        target.matrix(fixture.cycle, new TrackerViewer() {
            @Override
            public List<Committee> visibleCommittees(List<Committee> committees) {
                return committees;
            }

            @Override
            public List<TrackedDocument> visibleDocuments(List<TrackedDocument> documents) {
                return documents;
            }
        });

        assertEquals(Set.of(DocumentKind.FEEDBACK_REPORT, DocumentKind.OPERATIONAL_PLAN), columns,
                "the cycle's committee-scoped kinds with deadlines, no meetings");
        assertEquals(List.of(List.of("findActiveByCycle", fixture.cycle.id(), columns)), reads);
    }
}
