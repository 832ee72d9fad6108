package org.aanboord.agreements.domain.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.aanboord.agreements.domain.AgreementVersion;

/** What changed between two versions of an agreement, place by place, in document order. */
public final class AgreementDiff {

    private final Flattener flattener = new Flattener();

    public List<Change> between(AgreementVersion from, AgreementVersion to) {
        Map<String, String> before = flattener.flatten(from);
        Map<String, String> after = flattener.flatten(to);
        Set<String> paths = new LinkedHashSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String path : paths) {
            if (!Objects.equals(before.get(path), after.get(path))) {
                changes.add(new Change(path, before.get(path), after.get(path)));
            }
        }
        return changes;
    }
}
