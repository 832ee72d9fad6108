package org.aanboord.cases.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfiguration {

    /** Opening dates and due dates are Belgian school days. */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Brussels"));
    }
}
