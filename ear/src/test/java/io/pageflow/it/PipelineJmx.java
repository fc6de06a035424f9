package io.pageflow.it;

import java.io.IOException;
import java.net.MalformedURLException;
import java.util.Map;

import javax.management.JMX;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import io.pageflow.control.PipelineControl;
import io.pageflow.control.PipelineMXBean;
import io.pageflow.it.suite.ManagementUser;

/**
 * One node's {@code io.pageflow:type=Pipeline}, reached as an operator's console reaches it: remotely over the
 * node's management port ({@code service:jmx:remote+http}), logged in as the test management user.
 */
final class PipelineJmx implements AutoCloseable {

    final PipelineMXBean pipeline;
    private final JMXConnector connector;

    private PipelineJmx(JMXConnector connector) throws IOException, MalformedObjectNameException {
        this.connector = connector;
        this.pipeline = JMX.newMXBeanProxy(connector.getMBeanServerConnection(), new ObjectName(PipelineControl.NAME),
                PipelineMXBean.class);
    }

    static PipelineJmx connect(int managementPort) throws IOException, MalformedObjectNameException {
        return new PipelineJmx(JMXConnectorFactory.connect(url(managementPort),
                Map.of(JMXConnector.CREDENTIALS, new String[] {ManagementUser.NAME, ManagementUser.PASSWORD})));
    }

    static JMXServiceURL url(int managementPort) throws MalformedURLException {
        return new JMXServiceURL("service:jmx:remote+http://127.0.0.1:" + managementPort);
    }

    @Override
    public void close() throws IOException {
        connector.close();
    }
}
