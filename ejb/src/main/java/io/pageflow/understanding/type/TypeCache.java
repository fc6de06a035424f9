package io.pageflow.understanding.type;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.pageflow.understanding.TypeDefinition;

/**
 * The parsed types of this node. Versions never change, so they are kept; the current set is reloaded when
 * the newest row id differs from the one it was loaded at, which also sees changes made on other nodes.
 */
@ApplicationScoped
public class TypeCache {

    private record Current(long stamp, List<TypeDefinition> types) {
    }

    private volatile Current current = new Current(-1, List.of());
    private final Map<String, TypeDefinition> versions = new ConcurrentHashMap<>();

    List<TypeDefinition> current(long stamp, Supplier<List<TypeDefinition>> load) {
        Current seen = current;
        if (seen.stamp() != stamp) {
            seen = new Current(stamp, List.copyOf(load.get()));
            current = seen;
        }
        return seen.types();
    }

    TypeDefinition version(String name, int version, Supplier<TypeDefinition> load) {
        return versions.computeIfAbsent(name + "@" + version, key -> load.get());
    }
}
