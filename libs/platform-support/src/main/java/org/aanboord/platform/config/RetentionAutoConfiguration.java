package org.aanboord.platform.config;

import java.time.Clock;
import java.util.List;

import org.aanboord.platform.retention.PurgeCategory;
import org.aanboord.platform.retention.RetentionProperties;
import org.aanboord.platform.retention.RetentionPurgeJob;
import org.aanboord.platform.retention.RetentionReports;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.micrometer.core.instrument.MeterRegistry;

/** The retention purge of a service that declares at least one {@link PurgeCategory} bean. */
@AutoConfiguration(after = PlatformAutoConfiguration.class)
@ConditionalOnBean(PurgeCategory.class)
@EnableConfigurationProperties(RetentionProperties.class)
public class RetentionAutoConfiguration {

    @Bean
    RetentionReports retentionReports(MongoTemplate mongo) {
        return new RetentionReports(mongo);
    }

    @Bean
    RetentionPurgeJob retentionPurgeJob(List<PurgeCategory> categories, RetentionProperties properties,
            RetentionReports reports, MeterRegistry meters, ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        return new RetentionPurgeJob(categories, properties, reports, meters, events,
                clock.getIfUnique(Clock::systemUTC));
    }
}
