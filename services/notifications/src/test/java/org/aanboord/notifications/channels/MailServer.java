package org.aanboord.notifications.channels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) on a fixed port that can go down (port closed) and come back, keeping what it
 * received before.
 */
public final class MailServer {

    /** One received mail, reduced to what the tests read. */
    public record Mail(List<String> to, String subject, String body, String deliveryHeader) {
    }

    private final ServerSetup setup;
    private final List<Mail> before = new ArrayList<>();
    private GreenMail server;

    public MailServer() {
        try (ServerSocket socket = new ServerSocket(0)) {
            setup = new ServerSetup(socket.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        up();
    }

    public int port() {
        return setup.getPort();
    }

    public synchronized void up() {
        server = new GreenMail(setup);
        server.start();
    }

    public synchronized void down() {
        before.addAll(read(server.getReceivedMessages()));
        server.stop();
    }

    public synchronized List<Mail> received() {
        List<Mail> all = new ArrayList<>(before);
        all.addAll(read(server.getReceivedMessages()));
        return all;
    }

    public List<Mail> to(String address) {
        return received().stream().filter(mail -> mail.to().contains(address)).toList();
    }

    private static List<Mail> read(MimeMessage[] messages) {
        return Arrays.stream(messages).map(MailServer::read).toList();
    }

    private static Mail read(MimeMessage message) {
        try {
            List<String> to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(Object::toString).toList();
            return new Mail(to, message.getSubject(), message.getContent().toString(),
                    message.getHeader("X-Aanboord-Delivery", null));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
