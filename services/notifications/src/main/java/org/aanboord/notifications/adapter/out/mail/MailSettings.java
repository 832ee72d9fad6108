package org.aanboord.notifications.adapter.out.mail;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail of alerts ({@code aanboord.notifications.mail.*}); the SMTP server itself is {@code spring.mail.*}, and
 * without {@code spring.mail.host} no e-mail is sent at all.
 *
 * @param consoleBaseUrl where links in e-mails point to
 * @param languages      organisation id → language tag ({@code en}); everyone else gets nl-BE
 */
@ConfigurationProperties("aanboord.notifications.mail")
public record MailSettings(
        @DefaultValue("meldingen@aanboord.example") String from,
        @DefaultValue("http://localhost:8084") String consoleBaseUrl,
        Map<String, String> languages) {

    public MailSettings {
        languages = languages == null ? Map.of() : Map.copyOf(languages);
    }
}
