package org.aanboord.risk.config;

import org.aanboord.risk.application.PupilScoring;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ScoringConfiguration {

    /** One instance, so live scoring and back-tests share the remembered school calendars. */
    @Bean
    PupilScoring pupilScoring() {
        return new PupilScoring();
    }
}
