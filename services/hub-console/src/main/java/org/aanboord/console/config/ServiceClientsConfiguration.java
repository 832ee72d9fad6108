package org.aanboord.console.config;

import org.aanboord.console.adapter.out.services.AgreementsClient;
import org.aanboord.console.adapter.out.services.CasesClient;
import org.aanboord.console.adapter.out.services.IngestionClient;
import org.aanboord.console.adapter.out.services.NotificationsClient;
import org.aanboord.console.adapter.out.services.RiskClient;
import org.aanboord.console.adapter.out.services.TokenRelay;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/** One typed client per service, each with the user's token relayed. */
@Configuration
@EnableConfigurationProperties(ConsoleProperties.class)
class ServiceClientsConfiguration {

    @Bean
    IngestionClient ingestionClient(RestClient.Builder builder, ConsoleProperties properties) {
        return new IngestionClient(client(builder, properties.services().ingestion().toString()));
    }

    @Bean
    RiskClient riskClient(RestClient.Builder builder, ConsoleProperties properties) {
        return new RiskClient(client(builder, properties.services().risk().toString()));
    }

    @Bean
    CasesClient casesClient(RestClient.Builder builder, ConsoleProperties properties) {
        return new CasesClient(client(builder, properties.services().cases().toString()));
    }

    @Bean
    NotificationsClient notificationsClient(RestClient.Builder builder, ConsoleProperties properties) {
        return new NotificationsClient(client(builder, properties.services().notifications().toString()),
                properties.services().notifications());
    }

    @Bean
    AgreementsClient agreementsClient(RestClient.Builder builder, ConsoleProperties properties) {
        return new AgreementsClient(client(builder, properties.services().agreements().toString()));
    }

    private static RestClient client(RestClient.Builder builder, String baseUrl) {
        return builder.clone().baseUrl(baseUrl).requestInterceptor(new TokenRelay()).build();
    }
}
