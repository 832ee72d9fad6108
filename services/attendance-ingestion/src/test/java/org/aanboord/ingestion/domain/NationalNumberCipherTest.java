package org.aanboord.ingestion.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class NationalNumberCipherTest {

    private final NationalNumberCipher cipher = new NationalNumberCipher(
            "test-only-vault-key-test-only-vault-key".getBytes(StandardCharsets.UTF_8));

    @Test
    void aNumberDecryptsForItsOwnPupilAndIsSealedDifferentlyEachTime() {
        String first = cipher.encrypt("85073003328", "pupil-a");
        assertThat(cipher.decrypt(first, "pupil-a")).isEqualTo("85073003328");
        assertThat(cipher.encrypt("85073003328", "pupil-a")).as("random IV").isNotEqualTo(first);
        assertThat(first).doesNotContain("85073003328");
    }

    @Test
    void aNumberMovedToAnotherPupilOrReadWithAnotherKeyDoesNotDecrypt() {
        String sealed = cipher.encrypt("85073003328", "pupil-a");
        assertThatThrownBy(() -> cipher.decrypt(sealed, "pupil-b")).isInstanceOf(IllegalStateException.class);
        NationalNumberCipher other = new NationalNumberCipher("another-vault-key-another-vault-key!".getBytes(
                StandardCharsets.UTF_8));
        assertThatThrownBy(() -> other.decrypt(sealed, "pupil-a")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKeyShorterThan32BytesIsRefused() {
        assertThatThrownBy(() -> new NationalNumberCipher(new byte[31])).isInstanceOf(IllegalArgumentException.class);
    }
}
