package org.aanboord.risk.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfiguration {

    /** School days and school years are Belgian. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Brussels"));
    }
}
