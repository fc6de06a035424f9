/** The database schema, migrated by Flyway at start-up; PostgreSQL is the pipeline's source of truth. */
package io.pageflow.db;
