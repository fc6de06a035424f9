package io.pageflow.it;

import java.util.List;
import java.util.stream.Collectors;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

import jakarta.transaction.UserTransaction;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * In-container tests: test code that runs inside the server, beside the deployed application, and calls its
 * EJBs in transactions of its own. A test class deploys {@link #testWar} (a few kilobytes, in about a second)
 * next to the application that the suite deployed once; the WAR's class loader sees the application's classes,
 * so the test works with the very EJBs, entities and records the application uses. See
 * docs/getting-started.md ("Writing tests").
 */
public final class InContainer {

    /** The name the suite deploys the application under; its EJBs are at java:global/pageflow/pageflow-ejb/…. */
    static final String APPLICATION = "pageflow.ear";
    static final String DATASOURCE = "java:jboss/datasources/PageflowDS";

    /**
     * Lets the test WAR see the EAR's EJB module and its lib/ jars (and any server modules it names), and starts
     * it after the application.
     */
    private static final String DEPENDS_ON_APPLICATION = """
            <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.2">
                <deployment>
                    <dependencies>
                        <module name="deployment.%1$s"/>
                        <module name="deployment.%1$s.pageflow-ejb.jar"/>
            %2$s
                    </dependencies>
                </deployment>
            </jboss-deployment-structure>
            """;

    private InContainer() {
    }

    /** The deployment of an in-container test class: the class, the helpers it names, and this class. */
    public static WebArchive testWar(Class<?> testClass, Class<?>... helpers) {
        return testWar(testClass, List.of(), helpers);
    }

    /** The same, for a test that also uses server modules (e.g. {@code jdk.httpserver}). */
    public static WebArchive testWar(Class<?> testClass, List<String> serverModules, Class<?>... helpers) {
        String modules = serverModules.stream().map(name -> "                <module name=\"" + name + "\"/>")
                .collect(Collectors.joining("\n"));
        return ShrinkWrap.create(WebArchive.class, "it-" + testClass.getSimpleName() + ".war")
                .addClasses(testClass, InContainer.class)
                .addClasses(helpers)
                .addAsWebInfResource(new StringAsset(DEPENDS_ON_APPLICATION.formatted(APPLICATION, modules)),
                        "jboss-deployment-structure.xml");
    }

    /** The application's EJB of this class (its no-interface view), as the application itself uses it. */
    public static <T> T ejb(Class<T> type) {
        return lookup("java:global/pageflow/pageflow-ejb/" + type.getSimpleName() + "!" + type.getName());
    }

    /** The server's transaction: EJB calls made between begin and rollback join it and leave nothing behind. */
    public static UserTransaction transaction() {
        return lookup("java:comp/UserTransaction");
    }

    /** The application's datasource; inside a transaction, its connection sees what the EJBs wrote. */
    public static DataSource dataSource() {
        return lookup(DATASOURCE);
    }

    static <T> T lookup(String name) {
        try {
            return InitialContext.doLookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("not bound in the server: " + name, e);
        }
    }
}
