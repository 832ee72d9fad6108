package org.aanboord.notifications.adapter.out.persistence;

import java.time.Instant;

import org.aanboord.notifications.domain.Delivery;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A delivery with its lease: while {@code leaseUntil} lies ahead, one worker is attempting it. */
@Document(MongoDeliveryStore.COLLECTION)
record DeliveryDocument(@Id String id, Delivery delivery, Instant leaseUntil) {
}
