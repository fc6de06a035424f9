package io.pageflow.batch;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.pageflow.understanding.TypeDefinition;

/**
 * Which field a run summary totals per document type: the one the type's definition names
 * ({@code "summaryAmount"}), else the shipped default for the shipped types. The defaults are needed even once
 * the shipped definitions name their field: a type is stored once and never overwritten, so a database seeded
 * before keeps definitions without it.
 */
final class SummaryAmounts {

    static final Map<String, String> SHIPPED = Map.of("bill", "totalAmount", "eway_bill", "goodsValue");

    private SummaryAmounts() {
    }

    /** @param types the current version of every type */
    static Function<String, Optional<String>> of(List<TypeDefinition> types) {
        Map<String, TypeDefinition> byName = types.stream()
                .collect(Collectors.toMap(TypeDefinition::name, type -> type, (a, b) -> b));
        return name -> {
            TypeDefinition type = byName.get(name);
            if (type != null && type.declaresSummaryAmount()) {
                return type.summaryAmount();
            }
            return Optional.ofNullable(SHIPPED.get(name));
        };
    }
}
