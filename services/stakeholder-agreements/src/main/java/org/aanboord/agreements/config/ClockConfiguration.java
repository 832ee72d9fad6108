package org.aanboord.agreements.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfiguration {

    /** School days are Belgian days. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Brussels"));
    }
}
