package org.aanboord.platform.retention;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/** The service's {@code retention_reports} collection: one document per purge run. */
public class RetentionReports {

    static final String COLLECTION = "retention_reports";

    private final MongoTemplate mongo;

    public RetentionReports(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void save(RetentionReport report) {
        mongo.insert(report, COLLECTION);
    }

    /** The latest runs, newest first. */
    public List<RetentionReport> latest(int limit) {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "startedAt")).limit(limit),
                RetentionReport.class, COLLECTION);
    }
}
