package org.aanboord.ingestion.config;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.aanboord.ingestion.application.IngestionMetrics;
import org.aanboord.ingestion.application.PseudonymContinuity;
import org.aanboord.ingestion.domain.AttendanceCodes;
import org.aanboord.ingestion.domain.NationalNumberCipher;
import org.aanboord.ingestion.domain.PupilFactValidator;
import org.aanboord.ingestion.domain.PupilIdentity;
import org.aanboord.ingestion.domain.Pseudonymizer;
import org.aanboord.ingestion.domain.RegistrationValidator;
import org.aanboord.ingestion.domain.RevocationValidator;
import org.aanboord.ingestion.domain.SchoolDayRule;
import org.aanboord.platform.agreements.AgreementDirectory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.MeterRegistry;

@Configuration
@EnableConfigurationProperties(IngestionProperties.class)
class IngestionConfiguration {

    /** School days are Belgian days: "the future" and school years are judged in Brussels time. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Brussels"));
    }

    @Bean
    Pseudonymizer pseudonymizer(IngestionProperties properties) {
        String key = properties.pseudonymisationKey();
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("Set AANBOORD_PSEUDONYMISATION_KEY (base64, at least 32 bytes): "
                    + "pupil ids must never leave this service unpseudonymised");
        }
        String previous = properties.previousPseudonymisationKey();
        if (previous == null || previous.isBlank()) {
            return new Pseudonymizer(decoded(key));
        }
        if (Arrays.equals(decoded(previous), decoded(key))) {
            throw new IllegalStateException("AANBOORD_PSEUDONYMISATION_PREVIOUS_KEY must differ from "
                    + "AANBOORD_PSEUDONYMISATION_KEY: a rotation needs a new key");
        }
        return new Pseudonymizer(decoded(key), decoded(previous));
    }

    /** A separate key: whoever holds the pseudonymisation key alone still cannot read the vault, and vice versa. */
    @Bean
    NationalNumberCipher nationalNumberCipher(IngestionProperties properties) {
        String key = properties.vaultKey();
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("Set AANBOORD_VAULT_KEY (base64, at least 32 bytes): national numbers "
                    + "in the identity vault are stored only encrypted");
        }
        if (key.trim().equals(String.valueOf(properties.pseudonymisationKey()).trim())) {
            throw new IllegalStateException("AANBOORD_VAULT_KEY must differ from AANBOORD_PSEUDONYMISATION_KEY");
        }
        String previous = properties.previousPseudonymisationKey();
        if (previous != null && !previous.isBlank() && Arrays.equals(decoded(previous), decoded(key))) {
            throw new IllegalStateException("AANBOORD_VAULT_KEY must differ from AANBOORD_PSEUDONYMISATION_PREVIOUS_KEY");
        }
        return new NationalNumberCipher(decoded(key));
    }

    private static byte[] decoded(String base64) {
        return Base64.getDecoder().decode(base64.trim());
    }

    @Bean
    PupilIdentity pupilIdentity(Pseudonymizer pseudonymizer) {
        return new PupilIdentity(pseudonymizer);
    }

    @Bean
    RegistrationValidator registrationValidator(IngestionProperties properties, AgreementDirectory agreements,
            PupilIdentity pupils, SchoolDayRule schoolDays) {
        return new RegistrationValidator(new AttendanceCodes(properties.legacyCodes()), agreements::knowsSchool,
                pupils, schoolDays);
    }

    /** Revocations, enrolments and signals name one pupil: settled during a key rotation as they are validated. */
    @Bean
    RevocationValidator revocationValidator(AgreementDirectory agreements, Pseudonymizer pseudonymizer,
            PseudonymContinuity continuity) {
        return new RevocationValidator(agreements::knowsSchool, settledPupils(pseudonymizer, continuity));
    }

    @Bean
    PupilFactValidator pupilFactValidator(AgreementDirectory agreements, Pseudonymizer pseudonymizer,
            PseudonymContinuity continuity) {
        return new PupilFactValidator(agreements::knowsSchool, settledPupils(pseudonymizer, continuity));
    }

    private static PupilIdentity settledPupils(Pseudonymizer pseudonymizer, PseudonymContinuity continuity) {
        return new PupilIdentity(pseudonymizer, link -> continuity.settle(List.of(link)).get(0));
    }

    @Bean
    IngestionMetrics ingestionMetrics(MeterRegistry meters) {
        return new IngestionMetrics(meters);
    }
}
