package org.aanboord.platform.config;

import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCredential;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.core.Ordered;
import org.springframework.util.StringUtils;

/**
 * Signs the service in with {@code spring.mongodb.username} / {@code spring.mongodb.password} (environment
 * {@code SPRING_MONGODB_USERNAME} / {@code SPRING_MONGODB_PASSWORD}) next to {@code spring.mongodb.uri}, which carries
 * the hosts and the replica set but no credentials: Boot itself ignores those properties when a URI is set, and a
 * password inside a URI would have to be URL-encoded by whoever writes the Secret. The user is looked up in
 * {@code spring.mongodb.authentication-database}, by default the service's own database (one user per database).
 */
final class MongoCredentialCustomizer implements MongoClientSettingsBuilderCustomizer, Ordered {

    private final MongoProperties properties;

    MongoCredentialCustomizer(MongoProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customize(MongoClientSettings.Builder settings) {
        if (properties.getPassword() == null || properties.getPassword().length == 0) {
            throw new IllegalStateException("spring.mongodb.username is set but spring.mongodb.password is not");
        }
        String source = StringUtils.hasText(properties.getAuthenticationDatabase())
                ? properties.getAuthenticationDatabase() : properties.getMongoClientDatabase();
        settings.credential(MongoCredential.createCredential(properties.getUsername(), source, properties.getPassword()));
    }

    /** After Boot's customizer, which applies the URI. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
