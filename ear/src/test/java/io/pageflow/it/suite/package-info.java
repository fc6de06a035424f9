/**
 * What the integration tests share once per run, around the WildFly that Arquillian starts: an embedded
 * PostgreSQL when no database is given, and the application EAR, deployed once for every test class instead
 * of once per class. Registered as an Arquillian extension in
 * {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}.
 */
package io.pageflow.it.suite;
