package org.aanboord.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCredential;
import org.junit.jupiter.api.Test;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;

class MongoCredentialCustomizerTest {

    private static final String URI = "mongodb://mongo-1:27017,mongo-2:27017,mongo-3:27017/?replicaSet=rs0";

    @Test
    void theServiceSignsInAsItsUserInItsOwnDatabase() {
        MongoProperties properties = properties("risk-scoring", "pa:ss@word/");

        MongoCredential credential = settings(properties).getCredential();

        assertThat(credential.getUserName()).isEqualTo("risk-scoring");
        assertThat(credential.getSource()).isEqualTo("risk_scoring");
        assertThat(credential.getPassword()).containsExactly("pa:ss@word/".toCharArray());
    }

    @Test
    void anExplicitAuthenticationDatabaseWins() {
        MongoProperties properties = properties("risk-scoring", "secret");
        properties.setAuthenticationDatabase("admin");

        assertThat(settings(properties).getCredential().getSource()).isEqualTo("admin");
    }

    @Test
    void aUserWithoutAPasswordStopsTheService() {
        MongoProperties properties = properties("risk-scoring", null);

        assertThatThrownBy(() -> settings(properties)).hasMessageContaining("spring.mongodb.password");
    }

    private static MongoProperties properties(String username, String password) {
        MongoProperties properties = new MongoProperties();
        properties.setUri(URI);
        properties.setDatabase("risk_scoring");
        properties.setUsername(username);
        properties.setPassword(password == null ? null : password.toCharArray());
        return properties;
    }

    /** Boot applies the URI first, then the customizers in order. */
    private static MongoClientSettings settings(MongoProperties properties) {
        MongoClientSettings.Builder builder = MongoClientSettings.builder().applyConnectionString(new ConnectionString(URI));
        new MongoCredentialCustomizer(properties).customize(builder);
        return builder.build();
    }
}
