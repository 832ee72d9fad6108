package org.aanboord.ingestion.config;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Base64;

import org.aanboord.ingestion.application.IngestionMetrics;
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
        return new Pseudonymizer(Base64.getDecoder().decode(key.trim()));
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
        return new NationalNumberCipher(Base64.getDecoder().decode(key.trim()));
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

    @Bean
    RevocationValidator revocationValidator(AgreementDirectory agreements, PupilIdentity pupils) {
        return new RevocationValidator(agreements::knowsSchool, pupils);
    }

    @Bean
    PupilFactValidator pupilFactValidator(AgreementDirectory agreements, PupilIdentity pupils) {
        return new PupilFactValidator(agreements::knowsSchool, pupils);
    }

    @Bean
    IngestionMetrics ingestionMetrics(MeterRegistry meters) {
        return new IngestionMetrics(meters);
    }
}
