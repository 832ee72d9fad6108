package org.aanboord.console;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
public class HubConsoleApplication {

    public static final String NAME = "hub-console";

    public static void main(String[] args) {
        start(args);
    }

    /** Starts the console with its own configuration file, so it can share a JVM with the services in tests. */
    public static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(HubConsoleApplication.class)
                .properties("spring.config.name=" + NAME)
                .run(args);
    }
}
