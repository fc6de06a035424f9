package io.pageflow.job;

import jakarta.persistence.EntityManager;

/** Runs a native UPDATE, INSERT or DELETE with positional parameters ?1, ?2, … and returns the rows changed. */
final class Statements {

    private Statements() {
    }

    static int update(EntityManager em, String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }
}
