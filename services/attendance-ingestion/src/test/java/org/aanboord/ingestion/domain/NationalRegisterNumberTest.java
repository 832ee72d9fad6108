package org.aanboord.ingestion.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NationalRegisterNumberTest {

    @Test
    void aNumberOfSomeoneBornBefore2000ChecksOverItsNineDigits() {
        assertThat(NationalRegisterNumber.digitsOf("85073003328")).contains("85073003328");
    }

    @Test
    void aNumberOfSomeoneBornFrom2000ChecksWithALeadingTwo() {
        assertThat(NationalRegisterNumber.digitsOf("01010112301")).contains("01010112301");
        assertThat(NationalRegisterNumber.digitsOf("01010112369")).as("the pre-2000 check of the same digits")
                .contains("01010112369");
    }

    @Test
    void thePrintedFormWithDotsAndDashesIsAccepted() {
        assertThat(NationalRegisterNumber.digitsOf("85.07.30-033.28")).contains("85073003328");
    }

    @ParameterizedTest
    @ValueSource(strings = {"85073003329", "8507300332", "850730033281", "85O73003328", "' OR 1=1 --", ""})
    void malformedOrWrongCheckDigitsAreRefused(String printed) {
        assertThat(NationalRegisterNumber.digitsOf(printed)).isEmpty();
    }
}
