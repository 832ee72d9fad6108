package org.aanboord.notifications;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
public class NotificationsApplication {

    public static final String NAME = "notifications";

    public static void main(String[] args) {
        start(args);
    }

    /** Starts the service with its own configuration file, so several services can share one JVM in tests. */
    public static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(NotificationsApplication.class)
                .properties("spring.config.name=" + NAME)
                .run(args);
    }
}
