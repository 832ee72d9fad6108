package org.aanboord.risk.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.aanboord.contracts.risk.v1.AttentionLevel;
import org.aanboord.contracts.risk.v1.DomainAttention;
import org.aanboord.contracts.risk.v1.RiskAssessmentChanged;
import org.aanboord.contracts.risk.v1.RuleOutcome;
import org.aanboord.contracts.risk.v1.SignalDomain;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/** The history's assessments are written by hand: the very document the converter writes, and read back by it. */
class AssessmentDocumentTest {

    private final MappingMongoConverter converter = converter();

    @Test
    void aFullAssessmentIsWrittenAsTheConverterWritesItAndReadsBackUnchanged() {
        RiskAssessmentChanged assessment = new RiskAssessmentChanged("assessment-1", "pupil-1", "school-1", "clb-1",
                "municipality-1", "2026-2027", "agreement-1", 3, AttentionLevel.TARGETED, AttentionLevel.UNIVERSAL,
                List.of(new RuleOutcome("clb-5", "CLB betrekken", "PROBLEMATIC_HALF_DAYS_SCHOOL_YEAR", 5, 5,
                        AttentionLevel.TARGETED, "B half-days this school year: 5 ≥ 5")),
                List.of("clb-5"), List.of("first-b"), Instant.parse("2026-10-05T08:00:00.123Z"),
                List.of(new DomainAttention(SignalDomain.ATTENDANCE, AttentionLevel.TARGETED, List.of("clb-5"))));

        assertWrittenAsTheConverterDoes(assessment);
    }

    @Test
    void missingValuesAreLeftOutAsTheConverterLeavesThemOut() {
        RiskAssessmentChanged assessment = new RiskAssessmentChanged("assessment-2", "pupil-2", "school-2", null, null,
                "2026-2027", "agreement-1", 1, AttentionLevel.UNIVERSAL, null, List.of(), List.of(), List.of("clb-5"),
                null);

        assertWrittenAsTheConverterDoes(assessment);
    }

    private void assertWrittenAsTheConverterDoes(RiskAssessmentChanged assessment) {
        Document written = PupilYearCodec.assessmentDocument(assessment);
        assertThat(written).isEqualTo(converter.convertToMongoType(assessment));
        assertThat(converter.read(RiskAssessmentChanged.class, written)).isEqualTo(assessment);
    }

    private static MappingMongoConverter converter() {
        MongoCustomConversions conversions = new MongoCustomConversions(List.of());
        MongoMappingContext context = new MongoMappingContext();
        context.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        context.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, context);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        return converter;
    }
}
