package io.pageflow.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;

import org.junit.jupiter.api.Test;

/**
 * Every message-driven bean of the application takes one message at a time ({@link Queues#CONSUMER_WINDOW}): the
 * setting is on each bean, so a new consumer that leaves it out would again let the broker deal it messages it
 * buffers while other consumers sit idle. The dead-letter consumer is the exception: one per node, and what it does
 * with a message takes milliseconds.
 */
class ConsumerWindowTest {

    @Test
    void everyConsumerTakesOneMessageAtATime() throws Exception {
        List<Class<?>> consumers = messageDrivenBeans();
        assertTrue(consumers.size() >= 10, () -> "the application's message-driven beans: " + consumers);
        for (Class<?> consumer : consumers) {
            if (consumer == DeadLetterConsumer.class) {
                continue;
            }
            String window = Arrays.stream(consumer.getAnnotation(MessageDriven.class).activationConfig())
                    .filter(property -> property.propertyName().equals("consumerWindowSize"))
                    .map(ActivationConfigProperty::propertyValue)
                    .findFirst().orElse(null);
            assertEquals(Queues.CONSUMER_WINDOW, window, consumer.getName() + " takes one message at a time");
        }
    }

    /** The {@code @MessageDriven} classes among the module's compiled classes. */
    private static List<Class<?>> messageDrivenBeans() throws IOException, ClassNotFoundException {
        Path classes = Path.of(Queues.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, Queues.class.getClassLoader());
                if (type.isAnnotationPresent(MessageDriven.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }
}
