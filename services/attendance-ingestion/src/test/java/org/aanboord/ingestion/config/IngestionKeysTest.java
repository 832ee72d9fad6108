package org.aanboord.ingestion.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.aanboord.ingestion.domain.PupilLink;
import org.junit.jupiter.api.Test;

/** The keys the service starts with: a previous key only for a rotation, never the current key nor the vault key. */
class IngestionKeysTest {

    private static final String KEY = "dGVzdC1vbmx5LWtleS10ZXN0LW9ubHkta2V5LXRlc3Qtb25seQ==";
    private static final String PREVIOUS = "cHJldmlvdXMtdGVzdC1vbmx5LWtleS1wcmV2aW91cy10ZXN0LW9ubHk=";
    private static final String VAULT = "dGVzdC1vbmx5LXZhdWx0LWtleS10ZXN0LW9ubHktdmF1bHQta2V5";

    private final IngestionConfiguration configuration = new IngestionConfiguration();

    @Test
    void withoutAPreviousKeyThereIsNoRotation() {
        assertThat(configuration.pseudonymizer(properties(KEY, "", VAULT)).rotating()).isFalse();
    }

    @Test
    void aPreviousKeyGivesEveryPupilTheirPseudonymUnderIt() {
        var pseudonymizer = configuration.pseudonymizer(properties(KEY, PREVIOUS, VAULT));
        var before = configuration.pseudonymizer(properties(PREVIOUS, "", VAULT));
        PupilLink local = new PupilLink(pseudonymizer.ofLocalId("school-1", "p-1"), "school-1", "p-1", null);
        PupilLink national = new PupilLink(pseudonymizer.ofNationalNumber("85073003328"), "school-1", null, "85073003328");

        assertThat(pseudonymizer.previousPseudonymOf(local)).contains(before.ofLocalId("school-1", "p-1"));
        assertThat(pseudonymizer.previousPseudonymOf(national)).contains(before.ofNationalNumber("85073003328"))
                .isNotEqualTo(national.pseudonym());
    }

    @Test
    void thePreviousKeyMustDifferFromTheCurrentKey() {
        assertThatThrownBy(() -> configuration.pseudonymizer(properties(KEY, " " + KEY, VAULT)))
                .hasMessageContaining("AANBOORD_PSEUDONYMISATION_PREVIOUS_KEY must differ from AANBOORD_PSEUDONYMISATION_KEY");
    }

    @Test
    void thePreviousKeyMustDifferFromTheVaultKey() {
        assertThatThrownBy(() -> configuration.nationalNumberCipher(properties(KEY, VAULT, VAULT)))
                .hasMessageContaining("AANBOORD_VAULT_KEY must differ from AANBOORD_PSEUDONYMISATION_PREVIOUS_KEY");
    }

    private static IngestionProperties properties(String key, String previous, String vault) {
        return new IngestionProperties(key, previous, vault, Map.of());
    }
}
