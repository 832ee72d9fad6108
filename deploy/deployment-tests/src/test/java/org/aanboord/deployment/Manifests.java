package org.aanboord.deployment;

import java.util.List;
import java.util.Map;

/** Rendered Kubernetes manifests, looked up by kind and name. */
record Manifests(List<Map<String, Object>> documents) {

    List<Map<String, Object>> ofKind(String kind) {
        return documents.stream().filter(document -> kind.equals(document.get("kind"))).toList();
    }

    Map<String, Object> get(String kind, String name) {
        return ofKind(kind).stream().filter(document -> name.equals(Yamls.string(document, "metadata.name")))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " named " + name + " was rendered"));
    }

    boolean has(String kind, String name) {
        return ofKind(kind).stream().anyMatch(document -> name.equals(Yamls.string(document, "metadata.name")));
    }

    static String name(Map<String, Object> manifest) {
        return Yamls.string(manifest, "metadata.name");
    }

    /** The first (only) container of a Deployment. */
    static Object container(Map<String, Object> deployment) {
        return Yamls.list(deployment, "spec.template.spec.containers").get(0);
    }
}
