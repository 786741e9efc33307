package org.chancery.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Chancery server, and the command line that imports, exports and checks datasets. */
@SpringBootApplication(scanBasePackages = "org.chancery")
@ConfigurationPropertiesScan
public class ChanceryApplication {

    public static void main(String[] args) {
        int status = new CommandLine(System.out, System.err).run(args);
        if (status != CommandLine.SERVING) {
            System.exit(status);
        }
    }
}
