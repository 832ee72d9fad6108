package org.aanboord.ingestion.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.aanboord.ingestion.domain.NationalNumberCipher;
import org.aanboord.ingestion.domain.PupilLink;
import org.aanboord.testsupport.EmbeddedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/** Against the MongoDB-wire store: what the vault writes, and when it need not write again. */
class MongoIdentityVaultTest {

    private static final MongoClient CLIENT = MongoClients.create(EmbeddedInfrastructure.get().mongoUri());
    private static final Instant MORNING = Instant.parse("2026-12-03T07:30:00Z");

    private final MongoTemplate mongo = new MongoTemplate(CLIENT, "vault-test");
    private final Clock clock = mock(Clock.class);
    private final MongoIdentityVault vault = new MongoIdentityVault(mongo, new NationalNumberCipher(new byte[32]),
            clock);
    private final String pseudonym = "pseudonym-" + System.nanoTime();

    @AfterAll
    static void close() {
        CLIENT.close();
    }

    @Test
    void aLinkIsWrittenOnceADayAndANewLinkOfTheSamePupilAtOnce() {
        PupilLink morning = new PupilLink(pseudonym, "school-a", "local-1", null);
        at(MORNING);
        vault.remember(List.of(morning));
        assertThat(lastLinkedAt()).isEqualTo(MORNING);

        at(MORNING.plusSeconds(5 * 3600));
        vault.remember(List.of(morning));
        assertThat(lastLinkedAt()).as("named again the same day: not written again").isEqualTo(MORNING);

        PupilLink otherSchool = new PupilLink(pseudonym, "school-b", "local-7", null);
        vault.remember(List.of(morning, otherSchool));
        assertThat(stored().getList("links", Document.class)).extracting(link -> link.getString("schoolId"))
                .containsExactly("school-a", "school-b");
        assertThat(lastLinkedAt()).isEqualTo(MORNING.plusSeconds(5 * 3600));

        Instant nextDay = MORNING.plusSeconds(24 * 3600);
        at(nextDay);
        vault.remember(List.of(morning));
        assertThat(lastLinkedAt()).as("the next day the retention's clock moves on").isEqualTo(nextDay);
    }

    private void at(Instant instant) {
        when(clock.instant()).thenReturn(instant);
        when(clock.getZone()).thenReturn(ZoneId.of("Europe/Brussels"));
    }

    private Document stored() {
        return mongo.findById(pseudonym, Document.class, MongoIdentityVault.COLLECTION);
    }

    private Instant lastLinkedAt() {
        return stored().get(MongoIdentityVault.LAST_LINKED_AT, Date.class).toInstant();
    }
}
