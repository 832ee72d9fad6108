package org.aanboord.risk.adapter.out.persistence;

import java.time.Clock;

import org.aanboord.platform.agreements.AgreementDirectory;
import org.aanboord.risk.application.RebuildTargetRefusedException;
import org.aanboord.risk.application.RebuildTargets;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import com.mongodb.client.MongoClient;

/** A rebuild target is another database on the same MongoDB deployment as the live state. */
@Component
class MongoRebuildTargets implements RebuildTargets {

    private final MongoClient client;
    private final MongoTemplate live;

    MongoRebuildTargets(MongoClient client, MongoTemplate live) {
        this.client = client;
        this.live = live;
    }

    @Override
    public Target open(String database) {
        if (live.getDb().getName().equals(database)) {
            throw new RebuildTargetRefusedException(database, "it is the live database");
        }
        MongoTemplate target = new MongoTemplate(client, database);
        return new Target(database, new MongoScoringStore(target), new AgreementDirectory(target, Clock.systemUTC()));
    }
}
