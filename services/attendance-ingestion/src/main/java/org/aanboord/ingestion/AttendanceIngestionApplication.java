package org.aanboord.ingestion;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

@SpringBootApplication
public class AttendanceIngestionApplication {

    public static final String NAME = "attendance-ingestion";

    public static void main(String[] args) {
        start(args);
    }

    /** Starts the service with its own configuration file, so several services can share one JVM in tests. */
    public static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(AttendanceIngestionApplication.class)
                .properties("spring.config.name=" + NAME)
                .run(args);
    }
}
