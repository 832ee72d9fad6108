package org.aanboord.agreements.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.aanboord.agreements.application.indicators.IndicatorSeries;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

/** One document per indicator and day, replaced by the day's latest measurement. */
@Repository
class MongoIndicatorSeries implements IndicatorSeries {

    static final String COLLECTION = "indicator_measurements";

    private final MongoTemplate mongo;

    MongoIndicatorSeries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void record(String agreementId, String indicatorId, LocalDate day, double value, Instant measuredAt) {
        mongo.save(new MeasurementDocument(agreementId + ":" + indicatorId + ":" + day, agreementId, indicatorId,
                day.toString(), value, measuredAt));
    }

    @Override
    public List<Point> of(String agreementId, String indicatorId) {
        Query query = Query.query(Criteria.where("agreementId").is(agreementId).and("indicatorId").is(indicatorId))
                .with(Sort.by("day"));
        return mongo.find(query, MeasurementDocument.class).stream()
                .map(document -> new Point(LocalDate.parse(document.day()), document.value(), document.measuredAt()))
                .toList();
    }

    /** {@code day} as ISO text, so it sorts and reads the same in any time zone. */
    @Document(COLLECTION)
    record MeasurementDocument(@Id String id, String agreementId, String indicatorId, String day, double value,
            Instant measuredAt) {
    }
}
