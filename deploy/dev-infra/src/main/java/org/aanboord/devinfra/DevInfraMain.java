package org.aanboord.devinfra;

import java.util.concurrent.CountDownLatch;

/**
 * Entry point of {@code dev-infra-*-exec.jar}: starts Kafka and the MongoDB-wire store (or one of them), prints one
 * "dev-infra ready: ..." line, and runs until the JVM is asked to stop (Ctrl-C / SIGTERM).
 */
public final class DevInfraMain {

    private DevInfraMain() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && ("--help".equals(args[0]) || "-h".equals(args[0]))) {
            printHelp();
            return;
        }
        // Quiet logging by default, without putting a logback.xml on the classpath of whoever depends on this jar.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "org/aanboord/devinfra/dev-infra-logback.xml");
        }

        DevInfra devInfra;
        try {
            devInfra = new DevInfra(DevInfraConfig.fromEnvironment());
        } catch (IllegalArgumentException e) {
            System.err.println("dev-infra: " + e.getMessage());
            System.exit(2);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            System.out.println("dev-infra stopping ...");
            long t0 = System.nanoTime();
            devInfra.close();
            System.out.println("dev-infra stopped in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
            stopped.countDown();
        }, "dev-infra-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        long t0 = System.nanoTime();
        try {
            devInfra.start();
        } catch (RuntimeException e) {
            System.err.println("dev-infra failed to start: " + e);
            e.printStackTrace();
            System.exit(1);
            return;
        }
        System.out.println(devInfra.readyLine() + " (started in " + (System.nanoTime() - t0) / 1_000_000 + " ms)");
        System.out.flush();

        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void printHelp() {
        System.out.println("""
                dev-infra: a single-node Kafka (KRaft) broker and a MongoDB-wire store (H2 file backend) in one JVM.

                Settings (system property / environment variable, default):
                  -Daanboord.data.dir              AANBOORD_DATA_DIR               .data/dev-infra
                  -Daanboord.kafka.port            AANBOORD_KAFKA_PORT             9092
                  -Daanboord.kafka.controller.port AANBOORD_KAFKA_CONTROLLER_PORT  9093
                  -Daanboord.mongo.port            AANBOORD_MONGO_PORT             27017
                  -Daanboord.components            AANBOORD_COMPONENTS             kafka,mongo
                                                   (kafka or mongo alone: run each in a JVM of its own, with its
                                                   own data dir, to stop and start them independently)

                When everything it runs is up it prints 'dev-infra ready: ...' and writes <data dir>/ready.
                Stop it with Ctrl-C or SIGTERM; data stays in the data dir for the next start.""");
    }
}
