package org.aanboord.risk.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.aanboord.contracts.EventCatalog;
import org.aanboord.contracts.agreements.v1.AgreementPublished;
import org.aanboord.contracts.attendance.v1.AttendanceCode;
import org.aanboord.contracts.attendance.v1.AttendanceRegistrationEvent;
import org.aanboord.contracts.attendance.v1.HalfDay;
import org.aanboord.contracts.attendance.v1.HalfDayRegistered;
import org.aanboord.contracts.attendance.v1.PupilSignalEvent;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.platform.messaging.EventJson;
import org.aanboord.risk.application.ScoringStore.Change;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClients;

/**
 * When the topics name more pupils than a rebuild may hold in memory, it reads them in passes: every pupil-year is
 * still written exactly once, with the state a rebuild that holds them all gives.
 */
class RebuildPassesTest {

    private static final String SCHOOL = "school-demo-1";
    private static final int PUPILS = 400;

    private final AgreementPublished agreement = sampleAgreement();
    private final List<AttendanceRegistrationEvent> registrations = registrations();

    @Test
    void pupilsThatDoNotFitInMemoryAreRebuiltInPassesEachStateWrittenOnce() {
        InMemoryStore allAtOnce = new InMemoryStore();
        InMemoryStore inPasses = new InMemoryStore();

        RebuildState.RebuildReport one = rebuild(allAtOnce, 10_000, new InMemoryStore());
        RebuildState.RebuildReport several = rebuild(inPasses, 100, new InMemoryStore());

        assertThat(one.passes()).isEqualTo(1);
        assertThat(several.passes()).as("400 pupils, 100 in memory, room for an uneven split").isEqualTo(6);
        assertThat(several.registrations()).isEqualTo(registrations.size());
        assertThat(inPasses.writes).as("one write per pupil-year").hasSize(PUPILS).allSatisfy((key, writes) ->
                assertThat(writes).isEqualTo(1));
        assertThat(inPasses.states).isEqualTo(allAtOnce.states);
        assertThat(inPasses.states.values()).anySatisfy(state -> assertThat(state.holdingRuleIds()).isNotEmpty());
    }

    @Test
    void theLiveStateTellsHowManyPupilsThereAreWithoutReadingTheTopicsForIt() {
        InMemoryStore live = new InMemoryStore();
        rebuild(live, 10_000, new InMemoryStore());
        ListedHistory history = new ListedHistory();

        RebuildState.RebuildReport report = new RebuildState(history, live, targets(new InMemoryStore()),
                new PupilScoring(), 100).rebuild("target");

        assertThat(report.passes()).as("400 pupil-years live").isEqualTo(6);
        assertThat(history.keysCounted).isFalse();
    }

    private RebuildState.RebuildReport rebuild(InMemoryStore store, int bufferedStates, InMemoryStore live) {
        return new RebuildState(new ListedHistory(), live, targets(store), new PupilScoring(), bufferedStates)
                .rebuild("target");
    }

    private static RebuildTargets targets(InMemoryStore store) {
        MongoTemplate mongo = new MongoTemplate(MongoClients.create(EmbeddedInfrastructure.get().mongoUri()),
                "rebuild-passes-" + System.nanoTime());
        AgreementDirectory agreements = new AgreementDirectory(mongo, Clock.systemUTC());
        return database -> new RebuildTargets.Target(database, store, agreements);
    }

    /** Every pupil a few B half-days on the weekdays from mid-September, day by day as schools register them. */
    private static List<AttendanceRegistrationEvent> registrations() {
        List<AttendanceRegistrationEvent> events = new ArrayList<>();
        LocalDate monday = LocalDate.of(2026, 9, 14);
        for (int day = 0; day < 4; day++) {
            for (HalfDay halfDay : HalfDay.values()) {
                for (int pupil = 0; pupil < PUPILS; pupil++) {
                    if (pupil % 4 <= day % 4) {
                        events.add(new HalfDayRegistered("pupil-" + pupil, SCHOOL, monday.plusDays(day), halfDay,
                                AttendanceCode.B, "B", 1, Instant.parse("2026-09-14T08:00:00Z").plusSeconds(day * 86_400L)));
                    }
                }
            }
        }
        return events;
    }

    private static AgreementPublished sampleAgreement() {
        try (InputStream sample = RebuildPassesTest.class.getClassLoader()
                .getResourceAsStream(EventCatalog.of(AgreementPublished.class).sampleResource())) {
            return new EventJson().read(sample.readAllBytes(), AgreementPublished.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The topics as lists, read in batches of 16 like polls. */
    private final class ListedHistory implements TopicHistory {

        boolean keysCounted;

        @Override
        public long agreements(Consumer<AgreementPublished> each) {
            each.accept(agreement);
            return 1;
        }

        @Override
        public Counts registrations(Predicate<String> of, Consumer<List<AttendanceRegistrationEvent>> batch) {
            List<AttendanceRegistrationEvent> read = registrations.stream().filter(event -> of.test(event.pupilPseudonym())).toList();
            for (int from = 0; from < read.size(); from += 16) {
                batch.accept(read.subList(from, Math.min(read.size(), from + 16)));
            }
            return new Counts(read.size(), 0);
        }

        @Override
        public Counts signals(Predicate<String> of, Consumer<List<PupilSignalEvent>> batch) {
            return Counts.NONE;
        }

        @Override
        public long pupils() {
            keysCounted = true;
            return registrations.stream().map(AttendanceRegistrationEvent::pupilPseudonym).distinct().count();
        }

        @Override
        public Counts countRegistrations() {
            return new Counts(registrations.size(), 0);
        }
    }

    /** Keeps the saved states and counts the writes per pupil-year; the lanes write at the same time. */
    private static final class InMemoryStore implements ScoringStore {

        final Map<PupilYearKey, PupilYearState> states = new ConcurrentHashMap<>();
        final Map<PupilYearKey, Integer> writes = new ConcurrentHashMap<>();

        @Override
        public Map<PupilYearKey, PupilYearState> findAll(Collection<PupilYearKey> keys) {
            Map<PupilYearKey, PupilYearState> found = new HashMap<>();
            keys.stream().filter(states::containsKey).forEach(key -> found.put(key, states.get(key)));
            return found;
        }

        @Override
        public List<Object> saveAll(Collection<Change> changes) {
            for (Change change : changes) {
                PupilYearKey key = new PupilYearKey(change.next().pupilPseudonym(), change.next().schoolYear());
                states.put(key, change.next());
                writes.merge(key, 1, Integer::sum);
            }
            return List.of();
        }

        @Override
        public Optional<PupilYearHistory> find(String pupilPseudonym, String schoolYear) {
            return Optional.empty();
        }

        @Override
        public void forEachInSchoolYear(String schoolYear, Consumer<PupilYearHistory> each) {
        }

        @Override
        public long estimatedCount() {
            return states.size();
        }

        @Override
        public String collection() {
            return "pupil_years";
        }
    }
}
