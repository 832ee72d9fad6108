package org.aanboord.notifications.config;

import org.aanboord.notifications.adapter.out.mail.MailSettings;
import org.aanboord.notifications.adapter.out.webhook.WebhookSettings;
import org.aanboord.notifications.application.DeliverySettings;
import org.aanboord.notifications.domain.RetryPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties({DeliverySettings.class, MailSettings.class, WebhookSettings.class})
class DeliveryConfiguration {

    @Bean
    RetryPolicy retryPolicy(DeliverySettings settings) {
        return new RetryPolicy(settings.initialBackOff(), settings.multiplier(), settings.maxBackOff(),
                settings.retryHorizon());
    }
}
