package org.shouwang.screening;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.transaction.event.TransactionalEventListener;

/** Collects {@link ClueDecided} as a module listener would see it: only once the decision is committed. */
class DecidedEvents {

    private final List<ClueDecided> received = new CopyOnWriteArrayList<>();

    @TransactionalEventListener
    void on(ClueDecided event) {
        received.add(event);
    }

    List<ClueDecided> of(long clueId) {
        return received.stream().filter(e -> e.clueId() == clueId).toList();
    }
}
