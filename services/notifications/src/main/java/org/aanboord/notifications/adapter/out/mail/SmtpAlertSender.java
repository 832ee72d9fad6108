package org.aanboord.notifications.adapter.out.mail;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.aanboord.notifications.application.AlertSender;
import org.aanboord.notifications.domain.Alert;
import org.aanboord.notifications.domain.AlertMessage;
import org.aanboord.notifications.domain.ContactPerson;
import org.aanboord.notifications.domain.DeliveryChannel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import jakarta.mail.internet.MimeMessage;

/**
 * Mails an alert to the contact persons the agreement names for the recipient, in the organisation's language.
 * The text never names a pupil (see {@link AlertMessage}).
 */
@Component
class SmtpAlertSender implements AlertSender {

    static final String DELIVERY_HEADER = "X-Aanboord-Delivery";

    private final ObjectProvider<JavaMailSender> mail;
    private final MailSettings settings;
    private final String breaker;

    SmtpAlertSender(ObjectProvider<JavaMailSender> mail, MailSettings settings,
            @Value("${spring.mail.host:}") String host, @Value("${spring.mail.port:25}") int port) {
        this.mail = mail;
        this.settings = settings;
        this.breaker = "smtp-" + host + ":" + port;
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.EMAIL;
    }

    @Override
    public Optional<String> breakerFor(Alert alert) {
        return mail.getIfAvailable() == null || addresses(alert).isEmpty() ? Optional.empty() : Optional.of(breaker);
    }

    @Override
    public void send(Alert alert, String deliveryId) throws Exception {
        JavaMailSender sender = mail.getObject();
        Locale language = Locale.forLanguageTag(settings.languages()
                .getOrDefault(alert.recipient().organisationId(), AlertMessage.DUTCH.toLanguageTag()));
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(addresses(alert).toArray(String[]::new));
        helper.setSubject(AlertMessage.subject(alert, language));
        helper.setText(AlertMessage.body(alert, language, settings.consoleBaseUrl()));
        message.setHeader(DELIVERY_HEADER, deliveryId);
        sender.send(message);
    }

    private static List<String> addresses(Alert alert) {
        return alert.recipient().contacts().stream()
                .map(ContactPerson::email)
                .filter(email -> email != null && !email.isBlank())
                .distinct()
                .toList();
    }
}
